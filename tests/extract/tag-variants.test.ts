import { describe, expect, it } from "vitest";
import { initialsOf, tagVariants } from "../../src/extract/tag-variants.ts";

const joins = (names: string[], options = {}) => Object.fromEntries(tagVariants(names, options));

describe("initialsOf", () => {
  it.each([
    ["Public and Commercial Services Union", "pcsu"],
    ["PCS Union", "pcsu"],
    ["Group of Eight", "g8"],
    ["G8", "g8"],
    ["United Nations", "un"],
  ])("abbreviates %j to %j", (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});

describe("tagVariants in one article", () => {
  it.each([
    ["an abbreviation into its full name", ["UN", "United Nations"], { UN: "United Nations" }],
    [
      "an abbreviation with a word into the full name",
      ["PCS Union", "Public and Commercial Services Union"],
      { "PCS Union": "Public and Commercial Services Union" },
    ],
    [
      "a spelled-out number into its short form",
      ["Group of Eight", "G8"],
      { "Group of Eight": "G8" },
    ],
    [
      "a firm's short name into its full name",
      ["Carnival", "Carnival Corporation"],
      { Carnival: "Carnival Corporation" },
    ],
    [
      "a short form into the name it ends",
      ["Corinthians", "Sport Club Corinthians"],
      { Corinthians: "Sport Club Corinthians" },
    ],
    ["a division into its firm", ["EMI Music", "EMI"], { "EMI Music": "EMI" }],
    ["a region's branch into the firm", ["MTV", "MTV Asia"], { "MTV Asia": "MTV" }],
  ])("joins %s", (_, names, expected) => {
    expect(joins(names)).toEqual(expected);
  });

  it("joins a town read as a place into its football club only", () => {
    const places = new Set(["Exeter", "London"]);
    expect(joins(["Exeter", "Exeter City"], { places })).toEqual({ Exeter: "Exeter City" });
    expect(joins(["London", "London Stock Exchange"], { places })).toEqual({});
  });

  it.each([
    ["a country and a body named for it", ["UK", "UK Government"]],
    ["a short form with two longer names", ["Manchester", "Manchester United", "Manchester City"]],
    ["a body and a role run on", ["Conservative Party", "Conservative Party Co-Chairman"]],
    ["two full names with the same initials", ["British Airways", "Bank of America"]],
  ])("keeps apart %s", (_, names) => {
    expect(joins(names, { places: new Set(["Manchester"]) })).toEqual({});
  });
});

describe("tagVariants across a corpus", () => {
  it("gives an abbreviation the full name most articles use", () => {
    const articles = new Map([
      ["UN", 2],
      ["United Nations", 9],
      ["University of Nottingham", 1],
    ]);
    expect(joins([...articles.keys()], { articles, corpus: true })).toEqual({
      UN: "United Nations",
    });
  });

  it("joins a short form only to a club's or firm's full name", () => {
    const names = ["Exeter", "Exeter City", "Microsoft", "Microsoft Research"];
    expect(joins(names, { corpus: true })).toEqual({ Exeter: "Exeter City" });
  });
});
