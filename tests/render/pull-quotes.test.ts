import { describe, expect, it } from "vitest";
import { choosePullQuotes, pullQuoteScore, type PullQuoteCandidate } from "../../src/render/pull-quotes.ts";

const by = (text: string, speaker = "Ada Lovelace") => ({ text, speaker });

describe("pullQuoteScore", () => {
  it.each([
    ["a fragment that starts in lower case", by("most damaging testimony from someone in such an eminent position")],
    ["a phrase", by("Bring in bad Bills")],
    ["a paragraph too long to set beside the story", by(`It ${"went on and on ".repeat(16)}until the end.`)],
    ["a headline quoted in capitals", { text: "RICE ORDERED SPY DOCS ON TRUMP?" }],
    ["a headline quoted in title case", { text: "5 Susan Rice Scandal Facts Every American Must Know" }],
    ["no words at all", by("… — …")],
    ["a quote whose span ran into the attribution", { text: "We’re gonna be the smart people,’’ Donald Trump told his supporters after winning the caucus." }],
    ["a quote whose span ran into the next quote", by("We will win,” she said. “We will win again and again and again.")],
  ])("rules out %s", (_case, quote) => {
    expect(pullQuoteScore(quote)).toBeUndefined();
  });

  it.each([
    ["an attributed sentence over an unattributed one", by("We will rebuild the harbour wall before winter."), { text: "We will rebuild the harbour wall before winter." }],
    ["a sentence read at a glance over a long one", by("We will rebuild the harbour wall before the first storms of winter."), by(`We will rebuild the harbour wall ${"and the pier ".repeat(12)}before winter.`)],
    ["a whole sentence over one whose full stop went to the attribution", by("We will rebuild the harbour wall before winter."), by("We will rebuild the harbour wall before winter")],
    ["a sentence over one that picks up a thought begun outside it", by("We will rebuild the harbour wall before winter."), by("But we will rebuild the harbour wall before winter.")],
    ["a quote as said over one cut with an ellipsis", by("We will rebuild the harbour wall before winter."), by("We will rebuild … the harbour wall before winter.")],
  ])("ranks %s", (_case, better, worse) => {
    expect(pullQuoteScore(better)).toBeGreaterThan(pullQuoteScore(worse)!);
  });

  it.each([
    ["“We will rebuild the harbour wall before winter.”"],
    ["2025 will be the year the harbour wall is rebuilt."],
    ["Élise Durand said the harbour wall would be rebuilt soon."],
  ])("accepts a sentence that opens with a quote mark, a number or an accented capital: %s", (text) => {
    expect(pullQuoteScore(by(text))).toBeDefined();
  });
});

describe("choosePullQuotes", () => {
  // The first four quotes of a BBC story on Lord Butler, in the article's order.
  const article: PullQuoteCandidate[] = [
    by("most damaging testimony", "Lord Butler"),
    by("You cannot, in a modern government, take every decision in Cabinet. It's just not possible.", "Lord Butler"),
    by("bring in bad Bills", "Lord Butler"),
    by("It is certainly the most damaging testimony I can ever remember from someone in such an eminent position.", "Lord Butler"),
    { text: "I agree ... there doesn't appear to be the sort of informed collective political judgement brought to bear." },
    by("Taken together, Robin Butler's comments are partial, inaccurate and politically biased.", "Jack Cunningham"),
  ];

  it("picks whole sentences, not the first fragments, and keeps the article's order", () => {
    expect(choosePullQuotes(article, 3).map((quote) => quote.text)).toEqual([
      "You cannot, in a modern government, take every decision in Cabinet. It's just not possible.",
      "It is certainly the most damaging testimony I can ever remember from someone in such an eminent position.",
      "Taken together, Robin Butler's comments are partial, inaccurate and politically biased.",
    ]);
  });

  it("takes an unattributed sentence when attributed ones run out", () => {
    expect(choosePullQuotes(article, 4).map((quote) => quote.speaker)).toEqual(["Lord Butler", "Lord Butler", undefined, "Jack Cunningham"]);
  });

  it("never sets the same quote twice, in full or in part", () => {
    const repeated = [by("The harbour wall will be rebuilt before winter."), by("“The harbour wall will be rebuilt before winter”"), by("The harbour wall will be rebuilt before winter, whatever the council says.")];
    expect(choosePullQuotes(repeated, 3).map((quote) => quote.text)).toEqual(["The harbour wall will be rebuilt before winter, whatever the council says."]);
  });

  it("breaks ties by the article's order", () => {
    const even = [by("The first of two equally good sentences here."), by("The second of two equally good sentences here.")];
    expect(choosePullQuotes(even, 1)).toEqual([even[0]]);
  });

  it("gives nothing for an article without quotes worth setting", () => {
    expect(choosePullQuotes(undefined)).toEqual([]);
    expect(choosePullQuotes([by("level playing field")])).toEqual([]);
  });
});
