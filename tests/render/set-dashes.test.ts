import { describe, expect, it } from "vitest";
import { setDashes } from "../../src/render/set-dashes.ts";

describe("setDashes", () => {
  it.each([
    ["a spaced hyphen becomes an en dash", "Leeds - the city", "Leeds – the city"],
    ["two hyphens become an en dash", "yes -- no", "yes – no"],
    ["three hyphens become an em dash", "wait---what", "wait—what"],
    ["a hyphen in a word stays", "well-known", "well-known"],
    ["a number range stays", "10-20 and 1990-91", "10-20 and 1990-91"],
    ["a minus sign before a number stays", "it fell to -5 degrees", "it fell to -5 degrees"],
    ["four hyphens stay", "a ---- b", "a ---- b"],
    ["a hyphen at the start of the text stays", "- not spaced", "- not spaced"],
  ])("%s", (_case, text, expected) => {
    expect(setDashes(text)).toBe(expected);
  });

  it("never turns a hyphen it cannot see whole into a dash", () => {
    // The text run after an escaped "\-": the reader sees "---", not "-–".
    expect(setDashes("--", "-")).toBe("--");
    expect(setDashes("- b", "-")).toBe("- b");
    expect(setDashes("a --", "", "-")).toBe("a --");
  });

  it("uses the characters around the text to see spaces", () => {
    expect(setDashes("- the city", " ")).toBe("– the city");
  });
});
