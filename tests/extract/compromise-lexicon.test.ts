// The lexicon read from compromise's one-file CommonJS build must be the very lexicon its ES
// module entry gives: same words, same tags, same order (the lexicon's sets are built in order).
import { describe, expect, it } from "vitest";
import nlp from "compromise";
import { compromiseLexicon, lexiconTags } from "../../src/extract/compromise-lexicon.ts";

describe("compromiseLexicon", () => {
  it("is the ES module entry's lexicon, entry for entry and in the same order", () => {
    const fromModules = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one
      .lexicon;
    const lexicon = compromiseLexicon();
    expect(Object.keys(lexicon).length).toBeGreaterThan(10_000);
    expect(Object.entries(lexicon)).toEqual(Object.entries(fromModules));
  });

  it.each([
    ["london", "City"],
    ["tony", "MaleName"],
  ])("tags %s as %s", (word, tag) => {
    expect([compromiseLexicon()[word]].flat()).toContain(tag);
  });

  it("is loaded once", () => {
    expect(compromiseLexicon()).toBe(compromiseLexicon());
  });
});

describe("lexiconTags", () => {
  it("gives a word's tags as a list, one tag or several, and none for a word it lacks", () => {
    expect(lexiconTags("for")).toContain("Preposition");
    expect(lexiconTags("zorblatquux")).toEqual([]);
  });
});
