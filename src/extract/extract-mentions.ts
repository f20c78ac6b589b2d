// Walks an article once and lists every entity mention with its position: people
// (full or titled names), lone capitalised words that may be surnames, places and
// organisations. Later passes fold people, count places and attribute quotes from
// this one list, so the text is tokenised only once.
import { canonicalPlace } from "./canonical-places.ts";
import { classifyRun, type RunReading } from "./classify-run.ts";
import { findNameRuns } from "./find-name-runs.ts";
import { findQuoteSpans, type QuoteSpan } from "./find-quote-spans.ts";
import { SPEECH_FILLERS, SPEECH_VERBS } from "./speech-verbs.ts";
import { tokenize, type Token } from "./tokenize-text.ts";

export interface Mention {
  reading: Exclude<RunReading, { kind: "none" }>;
  /** 0 is the headline; body paragraphs count from 1. */
  paragraph: number;
  start: number;
  end: number;
  /** The run as written ("Mr Hale", "Trump"), possessive removed. */
  surface: string;
  inQuote: boolean;
  /** A speech verb stands right next to the run ("said Hale", "Hale told"). */
  nextToSpeechVerb: boolean;
  /** Capitalisation here proves nothing (sentence start, headline). */
  weak: boolean;
}

export interface ParagraphMentions {
  text: string;
  tokens: Token[];
  quotes: QuoteSpan[];
  mentions: Mention[];
}

/** Mentions of the headline (index 0) and each paragraph. */
export function extractMentions(headline: string, paragraphs: readonly string[]): ParagraphMentions[] {
  return [headline, ...paragraphs].map((text, index) => readParagraph(text, index));
}

function readParagraph(text: string, paragraph: number): ParagraphMentions {
  const tokens = tokenize(text);
  const quotes = findQuoteSpans(text);
  const mentions: Mention[] = [];
  const inQuote = (at: number) => quotes.some((q) => at > q.start && at < q.end);
  for (const run of findNameRuns(tokens)) {
    const weak = run.sentenceStart || paragraph === 0;
    const base = { paragraph, start: run.start, end: run.end, surface: run.words.join(" "), inQuote: inQuote(run.start), weak };
    const hyphenPlaces = readHyphenatedPlaces(run.words);
    const readings = hyphenPlaces ?? (() => {
      const { main, inside } = classifyRun(run.words, weak);
      return [main, ...inside];
    })();
    const nextToSpeechVerb = isNextToSpeechVerb(tokens, run.from, run.to);
    for (const reading of readings) {
      if (reading.kind === "none") continue;
      mentions.push({ ...base, reading, nextToSpeechVerb });
    }
  }
  return { text, tokens, quotes, mentions };
}

/** "Russia-Ukraine" names two places; other hyphenated words are left to the classifier. */
function readHyphenatedPlaces(words: string[]): RunReading[] | undefined {
  const rest = words[0]?.toLowerCase() === "the" ? words.slice(1) : words;
  if (rest.length !== 1 || !rest[0]!.includes("-")) return undefined;
  const parts = rest[0]!.split("-").map((p) => canonicalPlace(p));
  if (parts.length < 2 || parts.some((p) => p === undefined)) return undefined;
  return parts.map((name) => ({ kind: "place", name: name! }));
}

function isNextToSpeechVerb(tokens: readonly Token[], from: number, to: number): boolean {
  const before = tokens[from - 1]?.text.toLowerCase();
  if (before && SPEECH_VERBS.has(before)) return true;
  if (before === "to" && tokens[from - 2]?.text.toLowerCase() === "according") return true;
  for (let k = to; k < Math.min(tokens.length, to + 3); k++) {
    const word = tokens[k]!.text.toLowerCase();
    if (SPEECH_VERBS.has(word)) return true;
    if (!SPEECH_FILLERS.has(word)) break;
  }
  return false;
}
