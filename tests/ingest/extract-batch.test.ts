// A text that makes the extractor throw costs only its own slot, as one short line.
import { describe, expect, it } from "vitest";
import { extractArticle, type ArticleText } from "../../src/extract/index.ts";
import { extractBatch } from "../../src/ingest/extract-batch.ts";

const text = (headline: string): ArticleText => ({
  headline,
  paragraphs: ["Tony Blair spoke in London on Monday."],
});

describe("extractBatch", () => {
  it("gives each text its extraction, in order", () => {
    const texts = [text("First"), text("Second")];
    expect(extractBatch(texts)).toEqual(texts.map((t) => ({ extraction: extractArticle(t) })));
  });

  it.each([
    ["an Error", new RangeError("bad index\nat somewhere"), "RangeError: bad index"],
    ["a thrown string", "nope", "thrown value nope"],
    ["a long message", new Error("x".repeat(500)), `Error: ${"x".repeat(192)}…`],
  ])("turns %s into a one-line error in that text's slot only", (_kind, thrown, line) => {
    const outcomes = extractBatch([text("Good"), text("Bad"), text("Good too")], (t) => {
      if (t.headline === "Bad") throw thrown;
      return extractArticle(t);
    });
    expect(outcomes[1]).toEqual({ error: line });
    expect((outcomes[1] as { error: string }).error.length).toBeLessThanOrEqual(200);
    expect(outcomes[0]).toEqual({ extraction: extractArticle(text("Good")) });
    expect(outcomes[2]).toEqual({ extraction: extractArticle(text("Good too")) });
  });
});
