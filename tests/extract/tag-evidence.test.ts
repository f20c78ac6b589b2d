import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.ts";
import { isCreditMention } from "../../src/extract/tag-evidence.ts";

const notTags = (headline: string, paragraphs: string[]) =>
  extractArticle({ headline, paragraphs }).notTags ?? [];
const passing = (headline: string, paragraphs: string[]) =>
  extractArticle({ headline, paragraphs }).passing ?? [];

const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => `The talks went on for a further ${i + 2} hours.`);

describe("isCreditMention", () => {
  it.each([
    ["he told the BBC that it was over.", "BBC"],
    ["according to Reuters, the deal is done.", "Reuters"],
    ["the BBC News website reported.", "BBC"],
  ])("finds a source credited in %j", (text, name) => {
    const start = text.indexOf(name);
    expect(isCreditMention(text, start, start + name.length)).toBe(true);
  });

  it("leaves a subject alone", () => {
    const text = "The BBC is to cut 2,000 jobs.";
    expect(isCreditMention(text, 4, 7)).toBe(false);
  });
});

describe("the places and organisations that are no tags of an article", () => {
  it("include a source only credited", () => {
    const names = notTags("Steel firm cuts jobs", [
      "Corus is to cut 1,000 jobs at its plants in Wales.",
      "The chief executive told the BBC the cuts were needed.",
    ]);
    expect(names).toContain("BBC");
    expect(names).not.toContain("Corus");
  });

  it("leave a name mentioned once deep in the story in passing, not one in the lede", () => {
    const names = passing("Steel firm cuts jobs", [
      "Corus is to cut 1,000 jobs at its plants in Wales.",
      ...filler(4),
      "Shares also fell in Germany.",
    ]);
    expect(names).toContain("Germany");
    expect(names).not.toContain("Wales");
  });

  it("include a piece of a longer name", () => {
    const names = notTags("Rules on asylum", [
      "Ministers changed the rules on asylum on Monday.",
      "A spokesman for the Joint Council for the Welfare of Immigrants said the rules were unfair.",
    ]);
    expect(names.some((name) => name.startsWith("Joint Council"))).toBe(true);
  });
});
