import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.ts";
import { isEnglishWord, isProperNoun } from "../../src/extract/knowledge/english-words.ts";

const people = (...paragraphs: string[]) =>
  extractArticle({ headline: "A story", paragraphs }).people.map((p) => p.name);

describe("the English dictionary", () => {
  it.each(["Authorities", "skeptics", "Intelligence", "holder"])("knows %s as a word", (w) => {
    expect(isEnglishWord(w)).toBe(true);
  });

  it.each(["Kolb", "Priebus", "Obama", "<b>", ""])("does not know %s as a word", (w) => {
    expect(isEnglishWord(w)).toBe(false);
  });

  it.each([
    ["Holder", true],
    ["Obama", true],
    ["Authorities", false],
    ["holder", false],
  ])("lists %s as a proper noun: %s", (w, proper) => {
    expect(isProperNoun(w)).toBe(proper);
  });
});

describe("a sentence's first word that only its place capitalised", () => {
  it("is no person when it is an ordinary word", () => {
    expect(
      people(
        "Authorities say Tamerlan Tsarnaev set off the bombs.",
        "Skeptics warned Tuesday the rule will kill domestic coal use.",
      ),
    ).toEqual(["Tamerlan Tsarnaev"]);
  });

  it("is no person even before a person's appositive", () => {
    expect(
      people("“Unfortunately, the president continues to stand firm,” said John Radford."),
    ).toEqual(["John Radford"]);
  });

  it("stays a surname when the dictionary also lists it as a name", () => {
    expect(
      people("Attorney General Eric Holder spoke on Monday.", "Holder said the case was closed."),
    ).toEqual(["Eric Holder"]);
  });
});
