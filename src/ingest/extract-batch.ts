// Extracts a batch of articles one at a time, so that an article that makes the extractor throw
// costs only its own extraction: its slot holds the error's first line, every other slot its
// extraction. Run both on the main thread and inside extraction worker threads.
import { extractArticle, type ArticleText } from "../extract/index.ts";
import type { Extraction } from "../extract/types.ts";

export type ExtractionOutcome = { extraction: Extraction } | { error: string };

/** How much of an error message a seed's one-line report keeps. */
const MAX_ERROR_LENGTH = 200;

/**
 * One outcome per text, in order.
 * @example extractBatch([{ headline: "Blair wins", paragraphs: ["Tony Blair won."] }])
 * //=> [{ extraction: { people: [{ name: "Tony Blair", … }], … } }]
 */
export function extractBatch(
  texts: readonly ArticleText[],
  extract: (text: ArticleText) => Extraction = extractArticle,
): ExtractionOutcome[] {
  return texts.map((text) => {
    try {
      return { extraction: extract(text) };
    } catch (error) {
      return { error: oneLine(error) };
    }
  });
}

/** "TypeError: x is undefined", on one line and at most 200 characters. */
function oneLine(error: unknown): string {
  const text =
    error instanceof Error ? `${error.name}: ${error.message}` : `thrown value ${String(error)}`;
  const line = text.split("\n")[0]!.trim();
  return line.length > MAX_ERROR_LENGTH ? `${line.slice(0, MAX_ERROR_LENGTH - 1)}…` : line;
}
