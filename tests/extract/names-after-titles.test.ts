import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";

const people = (paragraph: string) =>
  extractArticle({ headline: "A story", paragraphs: [paragraph] }).people;

describe("names after titles and initials", () => {
  it("reads a first name that is also a title word as the first name after another title", () => {
    expect(people("And Sen. Dean Heller (R-Nev.) says conventions are a waste.")).toEqual([
      { name: "Dean Heller", forms: [], role: "Senator" },
    ]);
  });

  it("keeps a leading initial as part of the name", () => {
    expect(
      people("The patient pays, says G. William Hoagland, senior vice president of the firm.").map(
        (p) => p.name,
      ),
    ).toEqual(["G. William Hoagland"]);
  });
});
