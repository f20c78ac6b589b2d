// Pull quotes: the few quotations of an article worth setting large, chosen as a sub-editor
// would. A quotation qualifies when it is attributed and reads as a whole sentence (it opens
// with a capital, not mid-sentence like "never looked stronger"); it is then scored for length
// (a line or two: long enough to say something, short enough to read at a glance), with a
// long quotation cut to its opening sentences, and a speaker already chosen counts less.
// Shown in the order the article gives them. Pure.

export interface PullQuote {
  speaker?: string;
  text: string;
}

/** How many pull quotes an article shows. */
export const PULL_QUOTE_COUNT = 3;

// In words: below MIN a quotation says too little ("I am quite confident"); from IDEAL_MIN to
// IDEAL_MAX it reads at a glance; past MAX it is cut to its opening sentences.
const MIN_WORDS = 6;
const IDEAL_MIN = 12;
const IDEAL_MAX = 35;
const MAX_WORDS = 45;

// A sentence ends at . ! or ? followed by a space and a capital or an opening quote.
const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}\p{N}“‘"'])/u;
const OPENS_A_SENTENCE = /^[“‘"'(]?[\p{Lu}\p{N}]/u;
// Openings that lean on what came before: the quotation alone reads as half an exchange.
const LEANS_ON_CONTEXT = /^(?:And|But|So|Or|Because|Which|That|Then|Also)\b/;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * A quotation cut to the whole sentences that fit `MAX_WORDS`, or null when even its first
 * sentence is longer.
 * @example
 * trimToSentences("It was a great day. We won. Then we went home and slept for a very long time indeed, as you do.") //=> "It was a great day. We won."
 */
export function trimToSentences(text: string, maxWords = MAX_WORDS): string | null {
  const sentences = text.trim().split(SENTENCE_END);
  let kept = "";
  for (const sentence of sentences) {
    const next = kept ? `${kept} ${sentence}` : sentence;
    if (words(next) > maxWords) break;
    kept = next;
  }
  return kept || null;
}

/**
 * How worth reading a quotation is on its own, from 0 (never a pull quote) up; the text it
 * would be shown as (cut to whole sentences) beside it.
 */
export function scorePullQuote(quote: PullQuote): { score: number; text: string } {
  const none = { score: 0, text: quote.text };
  if (!quote.speaker || !OPENS_A_SENTENCE.test(quote.text.trim())) return none;
  const text = words(quote.text) > IDEAL_MAX ? trimToSentences(quote.text) : quote.text.trim();
  if (!text) return none;
  const count = words(text);
  if (count < MIN_WORDS) return none;
  let score = 1;
  if (count < IDEAL_MIN) score -= (IDEAL_MIN - count) * 0.06;
  if (count > IDEAL_MAX) score -= (count - IDEAL_MAX) * 0.03;
  if (LEANS_ON_CONTEXT.test(text)) score -= 0.3;
  // A quotation that ends where its sentence does reads complete; the extractor drops the
  // comma before "he said", so no final stop is fine too, but a cut one ("…") is not.
  if (/(?:\.\.\.|…)$/.test(text)) score -= 0.3;
  return { score: Math.max(score, 0.01), text };
}

/**
 * The article's pull quotes: at most `count` of its attributed whole-sentence quotations,
 * best first by `scorePullQuote` (a second one from the same speaker at half its score),
 * returned in article order.
 * @example
 * pickPullQuotes([{ speaker: "A", text: "never looked stronger" }, { speaker: "B", text: "This award counts because the winners are chosen by children." }]) //=> [{ speaker: "B", text: "This award counts because the winners are chosen by children." }]
 */
export function pickPullQuotes(
  quotes: readonly PullQuote[] | undefined,
  count = PULL_QUOTE_COUNT,
): PullQuote[] {
  const candidates = (quotes ?? [])
    .map((quote, index) => ({ index, speaker: quote.speaker!, ...scorePullQuote(quote) }))
    .filter((candidate) => candidate.score > 0);
  const chosen: typeof candidates = [];
  const bySpeaker = new Map<string, number>();
  while (chosen.length < count && candidates.length > 0) {
    // Highest score after the same-speaker discount; the earlier quotation on a tie.
    let best = 0;
    const discounted = (candidate: (typeof candidates)[number]) =>
      candidate.score / 2 ** (bySpeaker.get(candidate.speaker) ?? 0);
    for (let i = 1; i < candidates.length; i++)
      if (discounted(candidates[i]!) > discounted(candidates[best]!)) best = i;
    const [pick] = candidates.splice(best, 1);
    chosen.push(pick!);
    bySpeaker.set(pick!.speaker, (bySpeaker.get(pick!.speaker) ?? 0) + 1);
  }
  return chosen.sort((a, b) => a.index - b.index).map(({ speaker, text }) => ({ speaker, text }));
}
