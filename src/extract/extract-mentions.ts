// Walks an article once and lists every entity mention with its position: people
// (full or titled names), lone capitalised words that may be surnames, places and
// organisations. Later passes fold people, count places and attribute quotes from
// this one list, so the text is tokenised only once.
import { canonicalPlace } from "./canonical-places.ts";
import { classifyRun, type RunReading } from "./classify-run.ts";
import { findNameRuns } from "./find-name-runs.ts";
import { findQuoteSpans, type QuoteSpan } from "./find-quote-spans.ts";
import { foldName } from "./fold-name.ts";
import { loadLexicon } from "./load-lexicon.ts";
import { hasClubCue, hasOrganisationCue, isFootballText } from "./organisation-cues.ts";
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
  /** Index of the sentence within its paragraph. */
  sentence: number;
  /** Preceded by a lower-case "the": people are not "the John Smith". */
  afterThe: boolean;
  /** Introduced as a person ("actress Barbara Windsor", "US lawyer Jamie Firestone") or listed in a line-up. */
  personCue: boolean;
  cues: { organisation: boolean; club: boolean; footballCity: boolean };
}

export interface ParagraphMentions {
  text: string;
  tokens: Token[];
  quotes: QuoteSpan[];
  mentions: Mention[];
}

/** Mentions of the headline (index 0) and each paragraph. */
export function extractMentions(headline: string, paragraphs: readonly string[]): ParagraphMentions[] {
  const football = isFootballText(paragraphs.join("\n"));
  const read = [headline, ...paragraphs].map((text, index) => readParagraph(text, index, football));
  rereadInContext(read);
  return spreadOrganisations(read);
}

function isPersonWord(read: ParagraphMentions[], word: string): boolean {
  const key = foldName(word);
  return read.some((p) => p.mentions.some((m) => m.reading.kind === "person" && m.reading.words.length >= 2 && m.reading.words.some((w) => foldName(w) === key)));
}

/** A name read as an organisation once is one everywhere in the article ("Pernod" → "Pernod Ricard" too). */
function spreadOrganisations(read: ParagraphMentions[]): ParagraphMentions[] {
  const orgs = new Set(read.flatMap((p) => p.mentions.filter((m) => m.reading.kind === "organisation").map((m) => foldName(m.surface))));
  if (orgs.size === 0) return read;
  const firstNames = loadLexicon().firstNames;
  for (const p of read)
    for (const m of p.mentions) {
      if (m.reading.kind === "single" && orgs.has(foldName(m.reading.word)) && !isPersonWord(read, m.reading.word)) m.reading = { kind: "organisation", name: m.reading.word };
      else if (m.reading.kind === "person" && !m.reading.titled && !firstNames.has(foldName(m.reading.words[0]!)) && orgs.has(foldName(m.reading.words[0]!)))
        m.reading = { kind: "organisation", name: m.reading.words.join(" ") };
    }
  return read;
}

function readParagraph(text: string, paragraph: number, football: boolean): ParagraphMentions {
  const tokens = tokenize(text);
  const quotes = findQuoteSpans(text);
  const mentions: Mention[] = [];
  const inQuote = (at: number) => quotes.some((q) => at > q.start && at < q.end);
  const lineUp = isLineUp(text);
  const sentenceBreaks = tokens.flatMap((t, i) => ([".", "!", "?"].includes(t.text) ? [i] : []));
  let sentenceEnds = 0;
  for (const run of findNameRuns(tokens)) {
    const weak = run.sentenceStart || paragraph === 0;
    const base = { paragraph, start: run.start, end: run.end, surface: run.words.join(" "), inQuote: inQuote(run.start), weak };
    const hyphenPlaces = readHyphenatedPlaces(run.words);
    const readings = hyphenPlaces ?? (() => {
      const { main, inside } = classifyRun(run.words, weak);
      return [main, ...inside];
    })();
    const nextToSpeechVerb = isNextToSpeechVerb(tokens, run.from, run.to);
    const before = tokens[run.from - 1]?.text.toLowerCase() ?? "";
    const cues = {
      organisation: hasOrganisationCue(tokens, run.from, run.to, run.possessive),
      club: football && hasClubCue(tokens, run.from, run.to),
      footballCity: football && !["in", "near"].includes(before),
    };
    while (sentenceEnds < sentenceBreaks.length && sentenceBreaks[sentenceEnds]! < run.from) sentenceEnds++;
    for (const reading of readings) {
      if (reading.kind === "none") continue;
      mentions.push({ ...base, reading, nextToSpeechVerb, cues, sentence: sentenceEnds, afterThe: tokens[run.from - 1]?.text === "the", personCue: lineUp || PERSON_DESCRIPTORS.has(before) });
    }
  }
  return { text, tokens, quotes, mentions };
}

/**
 * Context can overrule the word-only reading: business talk makes a name a company,
 * club talk makes a city a club. Never for a word that is part of a person's full name.
 */
function rereadInContext(read: ParagraphMentions[]): void {
  const lex = loadLexicon();
  const personWords = new Set(
    read.flatMap((p) => p.mentions.flatMap((m) => (m.reading.kind === "person" && m.reading.words.length >= 2 ? m.reading.words.map((w) => foldName(w)) : []))),
  );
  for (const p of read)
    for (const m of p.mentions) {
      const r = m.reading;
      const cue = m.cues.organisation || m.cues.club;
      if (r.kind === "single" && cue && !personWords.has(foldName(r.word)) && !lex.commonWords.has(foldName(r.word).replace(/s$/, "")))
        m.reading = { kind: "organisation", name: r.word };
      else if (r.kind === "person" && !r.titled && cue && !lex.firstNames.has(foldName(r.words[0]!)))
        m.reading = { kind: "organisation", name: r.words.join(" ") };
      else if (r.kind === "place" && (m.cues.club || m.cues.footballCity) && !lex.countries.has(foldName(r.name)))
        m.reading = { kind: "organisation", name: r.name };
    }
}

/** Lower-case nouns that introduce a person's name in news copy. */
const PERSON_DESCRIPTORS = new Set([
  "actor", "actress", "actors", "singer", "writer", "novelist", "author", "playwright", "poet", "artist", "sculptor",
  "director", "producer", "presenter", "comic", "comedian", "athlete", "player", "striker", "midfielder", "defender",
  "goalkeeper", "runner", "sprinter", "journalist", "lawyer", "economist", "analyst", "minister", "chairman", "chief",
  "executive", "spokesman", "spokeswoman", "president", "leader", "secretary", "mp", "senator", "boss", "manager",
  "coach", "founder", "tycoon", "businessman", "businesswoman", "entrepreneur", "investor", "banker", "scientist",
  "professor", "researcher", "critic", "supermodel", "model", "musician", "rapper", "guitarist", "drummer", "chancellor",
  "governor", "mayor", "judge", "prosecutor", "officer", "adviser", "advisor", "colleague", "wife", "husband",
]);

/** A paragraph that is only a comma-separated list of names: a sports line-up. */
function isLineUp(text: string): boolean {
  const parts = text.replace(/\.$/, "").split(", ");
  return parts.length >= 5 && parts.every((p) => /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?(?: \([^()]{1,40}\))?$/u.test(p));
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
