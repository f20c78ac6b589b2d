import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import { loadLexicon } from "../../src/extract/load-lexicon.ts";

const people = (paragraph: string) =>
  extractArticle({ headline: "A story", paragraphs: [paragraph] }).people.map((p) => p.name);

describe("the longer list of first names", () => {
  it("knows first names compromise's lexicon lacks, and no ordinary word, place or short scrap", () => {
    const { listedFirstNames, firstNames } = loadLexicon();
    expect(firstNames.has("celinda")).toBe(false);
    expect(listedFirstNames.has("celinda")).toBe(true);
    expect(listedFirstNames.has("page")).toBe(false);
    expect(listedFirstNames.has("lib")).toBe(false);
  });

  it("makes a two-word name with one of them a person, but not a place or a street", () => {
    expect(people("The poll was run by Celinda Lakeford on Tuesday.")).toEqual([
      "Celinda Lakeford",
    ]);
    expect(people("The region has been hit by drought, and Tudor England was poorer.")).toEqual([]);
  });
});
