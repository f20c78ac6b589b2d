import { describe, expect, it } from "vitest";
import { rankRoles } from "../../src/render/rank-roles.ts";

describe("rankRoles", () => {
  it.each([
    ["puts the role most articles use first", ["Chancellor", "Prime Minister", "Prime Minister"], ["Prime Minister", "Chancellor"]],
    ["breaks ties by the most recent article", ["Foreign Secretary", "Home Secretary"], ["Foreign Secretary", "Home Secretary"]],
    ["drops vaguer forms of a kept role", ["British Prime Minister", "British Prime Minister", "Minister", "Prime Minister"], ["British Prime Minister"]],
    ["keeps a role that only shares a word", ["Prime Minister", "Minister for Europe"], ["Prime Minister", "Minister for Europe"]],
    ["counts roles the same whatever their case", ["prime minister", "Prime Minister", "Chancellor"], ["prime minister", "Chancellor"]],
    ["lists at most three", ["A", "B", "C", "D"], ["A", "B", "C"]],
    ["ignores empty roles", ["", "  ", "Mayor"], ["Mayor"]],
  ])("%s", (_name, mentions, expected) => {
    expect(rankRoles(mentions)).toEqual(expected);
  });
});
