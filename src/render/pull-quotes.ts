// The quotes an article page sets large beside the story: whole sentences worth reading again,
// not the first few quotes found. Articles quote fragments ("most damaging testimony"), repeat
// a quote in full and in part, and wire copy quotes headlines in capitals; a pull quote should
// be none of those, nor a quote whose span ran into the sentence around it (issue #11).
import { quoteWords } from "./dedupe-quotes.ts";

export interface PullQuoteCandidate {
  text: string;
  speaker?: string;
}

/** Shorter than this is a phrase, not something said; longer does not fit beside the story. */
const MIN_WORDS = 6;
const MAX_WORDS = 60;
/** The length a reader takes in at a glance (the corpus median is 16 words). */
const BEST_WORDS = { min: 10, max: 40 };
const OPENING_MARKS = /^[\s"'“‘«([]+/;
/**
 * Double quote marks inside a quote's text: the span ran past the speech into the attribution
 * and the next quote ("We'll win,'' Trump told supporters. "We're not…").
 */
const SPAN_OVERRUN = /["“”]|''|’’|‘‘/;
/** A quote that opens with one of these picks up a thought begun outside it. */
const CONTINUES = /^(?:and|but|or|so|because|which|that)\b/i;

/**
 * How well a quote reads as a pull quote, higher is better; undefined for one that should
 * never be one: a fragment (it starts in lower case), a phrase, a paragraph, a headline.
 * @example
 * pullQuoteScore({ text: "We will rebuild the harbour wall before winter.", speaker: "Ada Lovelace" }) //=> 7
 * pullQuoteScore({ text: "most damaging testimony", speaker: "Lord Butler" }) //=> undefined
 */
export function pullQuoteScore(quote: PullQuoteCandidate): number | undefined {
  const text = quote.text.trim();
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length < MIN_WORDS || words.length > MAX_WORDS) return undefined;
  const opening = text.replace(OPENING_MARKS, "");
  if (!/^[\p{Lu}\p{N}]/u.test(opening) || looksLikeHeadline(words) || SPAN_OVERRUN.test(text.slice(1, -1))) return undefined;
  let score = 0;
  if (quote.speaker) score += 4;
  if (words.length >= BEST_WORDS.min && words.length <= BEST_WORDS.max) score += 2;
  // Speech quoted before "…, she said" loses its last full stop; one that keeps it is whole.
  if (/[.!?][”"’']?$/.test(text)) score += 1;
  if (CONTINUES.test(opening)) score -= 1;
  if (/\.\.\.|…|\[/.test(text)) score -= 1;
  return score;
}

/**
 * The best `limit` quotes of an article, in the order the article gives them, none repeating
 * another (one whose words are all in another counts as a repeat). Ties go to the earlier quote.
 * @example
 * choosePullQuotes([{ text: "bad Bills", speaker: "A" }, { text: "You cannot take every decision in Cabinet.", speaker: "A" }], 3)
 * //=> [{ text: "You cannot take every decision in Cabinet.", speaker: "A" }]
 */
export function choosePullQuotes<T extends PullQuoteCandidate>(quotes: readonly T[] | undefined, limit = 3): T[] {
  const ranked = (quotes ?? [])
    .map((quote, index) => ({ quote, index, score: pullQuoteScore(quote), words: ` ${quoteWords(quote.text)} ` }))
    .filter((entry): entry is typeof entry & { score: number } => entry.score !== undefined)
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const kept: typeof ranked = [];
  for (const entry of ranked) {
    if (kept.length === limit) break;
    if (kept.some((other) => other.words.includes(entry.words) || entry.words.includes(other.words))) continue;
    kept.push(entry);
  }
  return kept.sort((a, b) => a.index - b.index).map((entry) => entry.quote);
}

/** Most words capitalised: a headline or a slogan quoted, not speech ("RICE ORDERED SPY DOCS ON TRUMP?"). */
function looksLikeHeadline(words: readonly string[]): boolean {
  const capitalised = words.filter((word) => /^[^\p{L}]*\p{Lu}/u.test(word)).length;
  return capitalised / words.length > 0.6;
}
