import { describe, expect, it } from "vitest";
import { normaliseRole } from "../../src/render/normalise-role.ts";
import { placeAfterOf } from "../../src/render/place-names.ts";

describe("normaliseRole", () => {
  it.each([
    ["Norway Prime Minister", "Prime Minister of Norway"],
    ["Thailand Prime Minister", "Prime Minister of Thailand"],
    ["Canada Deputy Prime Minister", "Deputy Prime Minister of Canada"],
    ["Switzerland President", "President of Switzerland"],
    ["South Africa Finance Minister", "Finance Minister of South Africa"],
    ["Japan foreign minister", "foreign minister of Japan"],
    ["Germany Chancellor", "Chancellor of Germany"],
    ["New Jersey Governor", "Governor of New Jersey"],
    ["Netherlands Prime Minister", "Prime Minister of the Netherlands"],
    ["United States President", "President of the United States"],
  ])("puts the place after the office: %s → %s", (role, expected) => {
    expect(normaliseRole(role)).toBe(expected);
  });

  it.each([
    ["former Florida Governor", "former Governor of Florida"],
    ["Former Switzerland President", "Former President of Switzerland"],
    ["Ex-Ohio Governor", "Ex-Governor of Ohio"],
    ["Republican Texas Governor", "Republican Governor of Texas"],
  ])("keeps a qualifier in front when the office moves: %s → %s", (role, expected) => {
    expect(normaliseRole(role)).toBe(expected);
  });

  it.each([
    ["Texas Gov.", "Governor of Texas"],
    ["Sen.", "Senator"],
    ["Rep.", "Representative"],
    ["Gov.", "Governor"],
    ["Lt. Gov.", "Lieutenant Governor"],
    ["Lt. Gen.", "Lieutenant General"],
    ["U.S. Sen.", "U.S. Senator"],
    ["Democratic Sen.", "Democratic Senator"],
  ])("spells out title abbreviations: %s → %s", (role, expected) => {
    expect(normaliseRole(role)).toBe(expected);
  });

  it.each([
    "Defense Secretary",
    "Senate Majority Leader",
    "Florida Senator",
    "New York Attorney General",
    "British Prime Minister",
    "Russian President",
    "UK Chancellor",
    "U.S. President",
    "Northern Ireland Minister",
    "Wales Office Minister",
    "England coach",
    "Bank of England Governor",
    "Prime Minister",
    "Chancellor of the Exchequer",
    "Sunday Telegraph journalist",
    "Saturday Night Live producer",
    "Her Majesty's ambassador",
    "Close aide",
  ])("keeps %s as given", (role) => {
    expect(normaliseRole(role)).toBe(role);
  });

  it.each([
    ["Tuesday President", "President"],
    ["And Chancellor", "Chancellor"],
    ["Said Wales assistant coach", "Wales assistant coach"],
    ["October Tory leader", "Tory leader"],
    ["Her director", "director"],
    ["Their former coach", "former coach"],
    ["CLOSE As President", "President"],
    ["JUST WATCHED Defense Secretary", "Defense Secretary"],
    ["  Prime   Minister ", "Prime Minister"],
    ["Monday", "Monday"],
  ])("drops words a sentence left in front: %s → %s", (role, expected) => {
    expect(normaliseRole(role)).toBe(expected);
  });
});

describe("placeAfterOf", () => {
  it.each([
    ["Norway", "Norway"],
    ["new york", "New York"],
    ["Philippines", "the Philippines"],
    ["Norwegian", undefined],
    ["UK", undefined],
  ])("%s → %s", (words, expected) => {
    expect(placeAfterOf(words)).toBe(expected);
  });
});
