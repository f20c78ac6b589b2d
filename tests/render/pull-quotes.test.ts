import { describe, expect, it } from "vitest";
import { pickPullQuotes, scorePullQuote, trimToSentences } from "../../src/render/pull-quotes.ts";

const quote = (text: string, speaker = "Ann Lee") => ({ speaker, text });

describe("scorePullQuote", () => {
  it.each([
    [
      "a fragment that starts mid-sentence",
      quote("never looked stronger than it does this year under the new board"),
    ],
    [
      "a quotation without a speaker",
      { text: "This is a concrete example of how the Union benefits people's daily lives" },
    ],
    ["a sentence too short to say much", quote("I am quite confident")],
    [
      "a single sentence too long to read at a glance",
      quote(`It ${"went on and on ".repeat(15)}without a stop`),
    ],
  ])("never makes a pull quote of %s", (_case, candidate) => {
    expect(scorePullQuote(candidate).score).toBe(0);
  });

  it("prefers a line or two to a short remark", () => {
    const remark = scorePullQuote(quote("We will see what happens next."));
    const line = scorePullQuote(
      quote(
        "This award counts because the final choice of winners is made by children, who are the toughest critics of all",
      ),
    );
    expect(line.score).toBeGreaterThan(remark.score);
  });

  it("ranks a quotation that leans on what came before below one that stands alone", () => {
    const leaning = scorePullQuote(
      quote("But I take each race as it comes and I think there is a chance of a medal."),
    );
    const alone = scorePullQuote(
      quote("I take each race as it comes and I think there is a chance of a medal."),
    );
    expect(leaning.score).toBeLessThan(alone.score);
  });

  it("cuts a long quotation to its opening whole sentences", () => {
    const long = `So I kept on the pace. The plan was to go with 500m to go no matter what. ${"And then it all went on ".repeat(6)}until the end.`;
    expect(scorePullQuote(quote(long)).text).toBe(
      "So I kept on the pace. The plan was to go with 500m to go no matter what.",
    );
  });
});

describe("trimToSentences", () => {
  it("keeps whole sentences within the word limit", () => {
    expect(trimToSentences("One two three. Four five six. Seven eight nine.", 6)).toBe(
      "One two three. Four five six.",
    );
  });

  it("gives nothing when the first sentence is already too long", () => {
    expect(trimToSentences("One two three four five six seven.", 6)).toBeNull();
  });
});

describe("pickPullQuotes", () => {
  const fragment = quote("with a margin to spare", "Ed Balls");
  const a = quote(
    "If we don't get the amendments we regard as essential, we will vote against the bill.",
    "Michael Howard",
  );
  const b = quote(
    "I believe the new powers are a proper balance between civil liberties and national security",
    "Tony Blair",
  );
  const c = quote(
    "Having a judge impose those punishments without a trial does not sanitise them either.",
    "Mark Oaten",
  );
  const d = quote(
    "This is a big change in our political culture, and one that we will all have to live with.",
    "Tony Blair",
  );

  it("chooses whole sentences over the first fragments, in the article's order", () => {
    expect(pickPullQuotes([fragment, a, b, c])).toEqual([a, b, c]);
  });

  it("prefers a speaker not yet quoted to a second quotation from the same one", () => {
    expect(pickPullQuotes([b, d, a], 2)).toEqual([b, a]);
  });

  it("shows fewer rather than a fragment, and none for an article without quotations", () => {
    expect(pickPullQuotes([fragment, a])).toEqual([a]);
    expect(pickPullQuotes(undefined)).toEqual([]);
  });
});
