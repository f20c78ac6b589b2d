import { describe, expect, it } from "vitest";
import { dedupeQuotes, quoteWords } from "../../src/render/dedupe-quotes.ts";

const monday = { slug: "monday", date: "2025-03-03T09:00:00Z" };
const tuesday = { slug: "tuesday", date: "2025-03-04T09:00:00Z" };
const wednesday = { slug: "wednesday", date: "2025-03-05T09:00:00+05:00" };
const said = (text: string, article: { slug: string; date: string }) => ({ text, article });
const shown = (quotes: { text: string; article: { slug: string } }[]) =>
  quotes.map((quote) => [quote.text, quote.article.slug]);

describe("dedupeQuotes", () => {
  it.each([
    ["spacing", "We will  win\n the vote.", "We will win the vote."],
    ["quote marks", "“We’ll win,” she said", '"We\'ll win," she said'],
    ["case", "WE WILL WIN", "we will win"],
    ["punctuation", "We will win - and soon!", "We will win, and soon."],
  ])(
    "lists once a quote repeated with other %s, as the earliest article wrote it",
    (_case, newer, older) => {
      expect(shown(dedupeQuotes([said(newer, tuesday), said(older, monday)]))).toEqual([
        [older, "monday"],
      ]);
    },
  );

  it("treats a quote whose words another contains as the same, keeping the fuller text", () => {
    const quotes = [
      said("the key choice", tuesday),
      said("That in the end is the key choice at the next election.", monday),
    ];
    expect(shown(dedupeQuotes(quotes))).toEqual([
      ["That in the end is the key choice at the next election.", "monday"],
    ]);
  });

  it("links to the earliest article, by time rather than by how the date is written", () => {
    // 09:00+05:00 on Wednesday is 04:00 UTC, still after Tuesday 09:00 UTC.
    const quotes = [
      said("Rates will rise.", wednesday),
      said("Rates will rise.", monday),
      said("Rates will rise.", tuesday),
    ];
    expect(shown(dedupeQuotes(quotes))).toEqual([["Rates will rise.", "monday"]]);
  });

  it("keeps quotes that only share words, in their order", () => {
    const quotes = [said("We will win.", tuesday), said("We will not win.", monday)];
    expect(shown(dedupeQuotes(quotes))).toEqual([
      ["We will win.", "tuesday"],
      ["We will not win.", "monday"],
    ]);
  });

  it("does not merge a word inside another word", () => {
    const quotes = [said("a winner", tuesday), said("win", monday)];
    expect(shown(dedupeQuotes(quotes))).toEqual([
      ["a winner", "tuesday"],
      ["win", "monday"],
    ]);
  });

  it("puts a merged quote where its first entry was", () => {
    const quotes = [
      said("First thing, in full.", wednesday),
      said("Second thing, in full.", tuesday),
      said("first thing", monday),
      said("second thing", monday),
    ];
    expect(shown(dedupeQuotes(quotes))).toEqual([
      ["First thing, in full.", "monday"],
      ["Second thing, in full.", "monday"],
    ]);
  });

  it("drops a quote with no words", () => {
    expect(dedupeQuotes([said("…", monday)])).toEqual([]);
  });

  it("keeps whatever else a quote carries", () => {
    expect(dedupeQuotes([{ ...said("Yes.", monday), speaker: "Ada" }])).toEqual([
      { text: "Yes.", article: monday, speaker: "Ada" },
    ]);
  });
});

describe("quoteWords", () => {
  it.each([
    ["“Don’t   PANIC!”", "dont panic"],
    ["[But] it's fine.", "but its fine"],
    ["ﬁne", "fine"],
  ])("%s → %s", (text, expected) => {
    expect(quoteWords(text)).toBe(expected);
  });
});
