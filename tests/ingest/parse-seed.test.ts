import { describe, expect, it } from "vitest";
import {
  explainSeedProblem,
  isSeedProblem,
  MAX_HEADLINE_LENGTH,
  parseSeed,
} from "../../src/ingest/parse-seed.ts";

describe("parseSeed", () => {
  it("reads the headline from line 1 and one paragraph per line after it", () => {
    expect(parseSeed("Storm hits coast\nFirst.\nSecond.")).toEqual({
      headline: "Storm hits coast",
      paragraphs: ["First.", "Second."],
    });
  });

  it("skips blank lines and trims spaces without merging paragraphs", () => {
    expect(parseSeed("  Title  \n\n  One   two \n\n\nThree")).toEqual({
      headline: "Title",
      paragraphs: ["One two", "Three"],
    });
  });

  it("keeps front-matter-like text as text", () => {
    expect(parseSeed("---\ntitle: Evil\n---\nBody")).toEqual({
      headline: "---",
      paragraphs: ["title: Evil", "---", "Body"],
    });
  });

  it("keeps 10,000 paragraphs in order", () => {
    const paragraphs = Array.from({ length: 10_000 }, (_, i) => `Paragraph ${i}.`);
    const parsed = parseSeed(["Headline", ...paragraphs].join("\n"));
    expect(isSeedProblem(parsed)).toBe(false);
    expect((parsed as { paragraphs: string[] }).paragraphs).toEqual(paragraphs);
  });

  it.each([
    ["", "empty", /the file is empty; put the headline on line 1/],
    ["  \n \n", "empty", /the file is empty/],
    ["\nBody", "no-headline", /first line \(the headline\) is empty; put the headline on line 1/],
    ["Only a headline", "no-body", /no text; put one paragraph per line/],
    [
      "x".repeat(MAX_HEADLINE_LENGTH + 1) + "\nBody",
      "headline-too-long",
      /too long for a headline/,
    ],
  ])("names the problem with %j", (text, kind, message) => {
    const parsed = parseSeed(text);
    expect(isSeedProblem(parsed) && parsed.kind).toBe(kind);
    if (isSeedProblem(parsed)) expect(explainSeedProblem(parsed)).toMatch(message);
  });
});
