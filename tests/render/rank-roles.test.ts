import { describe, expect, it } from "vitest";
import { pickRole } from "../../src/render/rank-roles.ts";

describe("pickRole", () => {
  it.each([
    [
      "the role itself over its head",
      ["Prime Minister", "British Prime Minister", "Prime Minister"],
      "British Prime Minister",
    ],
    [
      "a narrowing phrase after the head",
      ["Chancellor", "Chancellor", "Chancellor of the Exchequer"],
      "Chancellor of the Exchequer",
    ],
    [
      "a role that moved its place after the office",
      ["Prime Minister", "Norway Prime Minister"],
      "Prime Minister of Norway",
    ],
    [
      "the longest of a chain",
      ["Minister", "Prime Minister", "UK Prime Minister"],
      "UK Prime Minister",
    ],
  ])("prefers the most specific role: %s", (_case, mentions, expected) => {
    expect(pickRole(mentions)).toBe(expected);
  });

  it.each([
    [
      "the specific role with the most mentions beneath it",
      [
        "UK Prime Minister",
        "Prime Minister",
        "Prime Minister",
        "British Prime Minister",
        "UK Prime Minister",
      ],
      "UK Prime Minister",
    ],
    [
      "a role the others do not contain, when more articles use it",
      ["Chancellor", "Home Secretary", "Home Secretary"],
      "Home Secretary",
    ],
    [
      "a specific role that gathers its head's mentions over a rival",
      ["Foreign Secretary", "UK Foreign Secretary", "Labour MP", "Labour MP"],
      "UK Foreign Secretary",
    ],
  ])("counts mentions when no role contains the other: %s", (_case, mentions, expected) => {
    expect(pickRole(mentions)).toBe(expected);
  });

  it.each([
    [
      "Deputy Prime Minister",
      ["Prime Minister", "Prime Minister", "Deputy Prime Minister"],
      "Prime Minister",
    ],
    ["Vice President", ["President", "President", "Vice President"], "President"],
    ["shadow chancellor", ["Chancellor", "Chancellor", "Tory shadow chancellor"], "Chancellor"],
    ["Lieutenant Governor", ["Governor", "Governor", "Lieutenant Governor"], "Governor"],
  ])("does not take %s for a narrower form of the plain office", (_case, mentions, expected) => {
    expect(pickRole(mentions)).toBe(expected);
  });

  it.each([
    [
      "the present office when most articles use it",
      ["President", "President", "former U.S. President"],
      "President",
    ],
    [
      "the past office when most articles use it",
      ["former Florida Governor", "Governor", "former Florida Governor"],
      "former Governor of Florida",
    ],
  ])(
    "weighs a former office against the present one by mentions: %s",
    (_case, mentions, expected) => {
      expect(pickRole(mentions)).toBe(expected);
    },
  );

  it.each([
    [
      "the most recent article on equal mentions",
      ["Foreign Secretary", "Home Secretary"],
      "Foreign Secretary",
    ],
    [
      "the most recent article whatever the input's A–Z order",
      ["Home Secretary", "Foreign Secretary"],
      "Home Secretary",
    ],
  ])("breaks ties deterministically: %s", (_case, mentions, expected) => {
    expect(pickRole(mentions)).toBe(expected);
  });

  it.each([
    ["case", ["prime minister", "Prime Minister", "Prime Minister"], "Prime Minister"],
    [
      "dots and hyphens",
      ["U.S. Vice-President", "US Vice President", "US Vice President"],
      "US Vice President",
    ],
    [
      "words a sentence left in front",
      ["Tuesday President", "President", "Labour MP"],
      "President",
    ],
  ])(
    "counts forms that differ only in %s as one role, shown as most articles spell it",
    (_case, mentions, expected) => {
      expect(pickRole(mentions)).toBe(expected);
    },
  );

  it("spells out a title abbreviation", () => {
    expect(pickRole(["Texas Gov."])).toBe("Governor of Texas");
  });

  it.each([[[]], [["", "  "]]])("gives no role when the articles give none: %j", (mentions) => {
    expect(pickRole(mentions)).toBeUndefined();
  });
});
