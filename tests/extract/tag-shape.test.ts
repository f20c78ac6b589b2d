import { describe, expect, it } from "vitest";
import { junkTagShape } from "../../src/extract/tag-shape.ts";

describe("junkTagShape", () => {
  it.each([
    ["a name cut at a connector", "of Lords", "cut at a connector"],
    ["a sentence opener glued on", "But Lions", "a sentence opener glued on"],
    ["a tournament's pool", "Group A", "a tournament's pool"],
    ["another pool", "Pool D", "a tournament's pool"],
    ["a span of months", "July-September", "a span of months"],
    ["an abbreviation cut off its name", "St", "an abbreviation cut off its name"],
    ["an ordinary word in capitals", "ADVANCE", "an ordinary word in capitals"],
    ["a time glued on", "GMT Carnival", "a time glued on"],
    ["a country and a kind of thing", "US TV", "a kind of thing, not a name"],
    ["another ordinary word in capitals", "VOTE", "an ordinary word in capitals"],
  ])("rejects %s (%j)", (_, name, reason) => {
    expect(junkTagShape(name)).toBe(reason);
  });

  it.each([
    ["a body with a connector inside", "House of Lords"],
    ["an acronym", "NATO"],
    ["a brand with an inner capital", "eBay"],
    ["a short acronym", "EU"],
    ["a club", "British and Irish Lions"],
    ["a place", "St Albans"],
    ["a group that is a firm", "Virgin Group"],
    ["a month that is a name", "June Sarpong"],
    ["a country's government", "US Government"],
  ])("keeps %s (%j)", (_, name) => {
    expect(junkTagShape(name)).toBeUndefined();
  });
});
