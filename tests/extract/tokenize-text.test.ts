import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.ts";
import { tokenize } from "../../src/extract/tokenize-text.ts";

const read = (paragraph: string) =>
  extractArticle({ headline: "A story", paragraphs: [paragraph] });

describe("tokenize", () => {
  it("splits a party-and-state tag so the state stands alone", () => {
    const tokens = tokenize("Harry Reid, D-Nevada, spoke.");
    expect(tokens.map((t) => t.text)).toEqual([
      "Harry",
      "Reid",
      ",",
      "D",
      "-",
      "Nevada",
      ",",
      "spoke",
      ".",
    ]);
    expect(tokens.find((t) => t.text === "D")!.isCapitalised).toBe(false);
  });

  it.each(["Obama-approved", "Cuccinelli-style"])(
    "does not take the adjective %s for a name",
    (word) => {
      expect(tokenize(`The ${word} plan.`)[1]!.isCapitalised).toBe(false);
    },
  );

  it("reads an editor's bracketed insertion as the sentence's own words", () => {
    const tokens = tokenize("“I backed [John] McCain,” she said, “and [it] was hard.”");
    expect(tokens.map((t) => t.text)).toContain("John");
    // Only the capitalised insertion loses its brackets; "[it]" keeps both.
    expect(tokens.filter((t) => t.text === "[")).toHaveLength(1);
    expect(tokens.filter((t) => t.text === "]")).toHaveLength(1);
  });

  it("starts a sentence after a bracket closed by a full stop, not after a comma-closed quote", () => {
    const starts = (text: string) =>
      tokenize(text)
        .filter((t) => t.sentenceStart && t.isWord)
        .map((t) => t.text);
    expect(starts("(He backed the Act.) Recently Clinton wrote.")).toEqual(["He", "Recently"]);
    expect(starts("“It is clear,” Neera Tanden said.")).toEqual(["It"]);
    expect(starts("“It is clear.” Tanden said so.")).toEqual(["It", "Tanden"]);
  });

  it("keeps a place cue such as Moscow-based capitalised", () => {
    expect(tokenize("The Moscow-based firm.")[1]!.isCapitalised).toBe(true);
  });
});

describe("names made adjectives and party tags", () => {
  it("finds no person in a party-and-state tag, and the state as a place", () => {
    const got = read("Senate Majority Leader Harry Reid, D-Nevada, said the vote would wait.");
    expect(got.people.map((p) => p.name)).toEqual(["Harry Reid"]);
    expect(got.places).toContain("Nevada");
  });

  it("finds the full name an editor completed in brackets", () => {
    const got = read("“We need [Rick] Scott in the Senate,” said Jane Roe, a donor.");
    expect(got.people.map((p) => p.name)).toEqual(["Rick Scott", "Jane Roe"]);
  });

  it("finds no person in a compound adjective", () => {
    expect(read("Critics questioned the Obama-approved drone program.").people).toEqual([]);
  });
});
