// Walks an article once and lists every entity mention with its position: people
// (full or titled names), lone capitalised words that may be surnames, places and
// organisations. Later passes fold people, count places and attribute quotes from
// this one list, so the text is tokenised only once.
import { canonicalPlace } from "./canonical-places.ts";
import { readHyphenatedPlaces } from "./named-places.ts";
import { findPartyLabels } from "./party-labels.ts";
import { rereadInContext, spreadOrganisations } from "./reread-in-context.ts";
import { classifyRun, type RunReading } from "./classify-run.ts";
import { findNameRuns, type NameRun } from "./find-name-runs.ts";
import { findQuoteSpans, type QuoteSpan } from "./find-quote-spans.ts";
import { foldName } from "./fold-name.ts";
import { loadLexicon, NEVER_NAMES } from "./load-lexicon.ts";
import { hasEmployerCue, isListGap, isWorkTitleCue, listLeadIn, PERSON_DESCRIPTORS, roleAfter, roleBefore } from "./mention-context.ts";
import { hasClubCue, hasOrganisationCue, isFootballText } from "./organisation-cues.ts";
import { EVENT_TAIL_WORDS, METONYMS, ORGANISATION_WORDS } from "./organisation-words.ts";
import { PEERAGE_TITLES } from "./title-words.ts";
import { isInitialPair, isNameLike, isTitle, NOT_PERSON_WORDS } from "./run-words.ts";
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
  cues: { organisation: boolean; club: boolean; footballCity: boolean; employer: boolean; place: boolean };
  /** Named as a work's title ("the film Mary Poppins"). */
  workTitle: boolean;
  /** Stands in parentheses right after the previous run: "Cepes (Peruvian Centre for Social Studies)". */
  expandsPrevious?: boolean;
  /** A role the context gives ("Rod Eddington, BA's chief executive," → "BA's chief executive"). */
  cuedRole?: string;
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

function readParagraph(text: string, paragraph: number, football: boolean): ParagraphMentions {
  const tokens = tokenize(text);
  const quotes = findQuoteSpans(text);
  const mentions: Mention[] = [];
  const inQuote = (at: number) => quotes.some((q) => at > q.start && at < q.end);
  const lineUp = isLineUp(text);
  const sentenceBreaks = tokens.flatMap((t, i) => ([".", "!", "?"].includes(t.text) ? [i] : []));
  let sentenceEnds = 0;
  const runs = findNameRuns(tokens);
  const read = runs.map((run) => {
    const weak = run.sentenceStart || paragraph === 0;
    const before = tokens[run.from - 1]?.text.toLowerCase() ?? "";
    const hyphenPlaces = readHyphenatedPlaces(run.words);
    if (hyphenPlaces) return { main: hyphenPlaces[0]!, inside: hyphenPlaces.slice(1), weak, before };
    return { ...classifyRun(run.words, weak, LOCATIVES.has(before)), weak, before };
  });
  const lists = listCues(tokens, runs, read.map((r) => r.main));
  const labels = findPartyLabels(text);
  for (const label of labels) {
    const base = { paragraph, start: label.start, end: label.end, surface: text.slice(label.start, label.end), inQuote: inQuote(label.start), weak: false };
    const extra = { nextToSpeechVerb: false, cues: { organisation: false, club: false, footballCity: false, employer: false, place: false }, sentence: 0, afterThe: false, personCue: false, workTitle: false };
    if (label.party) mentions.push({ ...base, reading: { kind: "organisation", name: label.party }, ...extra });
    if (label.state) mentions.push({ ...base, reading: { kind: "place", name: label.state }, ...extra });
  }
  runs.forEach((run, i) => {
    if (labels.some((l) => run.start >= l.start && run.start < l.end)) return;
    const { weak, before } = read[i]!;
    let main = read[i]!.main;
    const base = { paragraph, start: run.start, end: run.end, surface: run.words.join(" "), inQuote: inQuote(run.start), weak };
    const previous = runs[i - 1];
    const titleBefore = previous && previous.to + 1 === run.from && tokens[previous.to]?.text === "," && read[i - 1]!.main.kind === "none" && isTitle(previous.words[previous.words.length - 1]!);
    const listPerson = lists[i] === "person" && !(main.kind === "single" && isOrdinaryWord(main.word));
    const personCue = lineUp || PERSON_DESCRIPTORS.has(before) || listPerson || Boolean(titleBefore);
    if (personCue && main.kind === "none") main = readCuedPerson(run.words);
    if (main.kind === "person" && main.role && before === "former") main = { ...main, role: `former ${main.role}` };
    if (isAddress(tokens, run.from, main) || isTermOfParliament(before, main)) main = { kind: "none" };
    const cuedRole = titleBefore ? previous.words.filter((w) => w.toLowerCase() !== "the").join(" ") : roleAfter(text, tokens, run.to) ?? roleBefore(text, tokens, run.from);
    const nextToSpeechVerb = isNextToSpeechVerb(tokens, run.from, run.to);
    // "analyst Mike Powell of BNP Paribas", but not a peer's territorial title ("Lord Nicholls of Birkenhead").
    const prevPersonTo = previous && read[i - 1]!.main.kind === "person" && !PEERAGE_TITLES.has(previous.words[0]!.toLowerCase()) ? previous.to : -1;
    const cues = {
      organisation: hasOrganisationCue(tokens, run.from, run.to, run.possessive, paragraph === 0),
      club: football && hasClubCue(tokens, run.from, run.to, run.possessive),
      footballCity: football && !["in", "near"].includes(before),
      employer: hasEmployerCue(tokens, run.from, prevPersonTo) || lists[i] === "organisation",
      place: lists[i] === "place" || (["in", "near"].includes(before) && !run.possessive && !weak),
    };
    // "the Reporters Without Borders group", "a role at the Premier League": a name made of ordinary words.
    if (main.kind === "none" && (cues.organisation || cues.employer) && !inQuote(run.start)) main = readCuedOrganisation(run.words);
    if ((main.kind === "organisation" || main.kind === "place") && isBrand(tokens, run.to)) main = { kind: "none" };
    while (sentenceEnds < sentenceBreaks.length && sentenceBreaks[sentenceEnds]! < run.from) sentenceEnds++;
    const extra = { nextToSpeechVerb, cues, sentence: sentenceEnds, afterThe: tokens[run.from - 1]?.text === "the", personCue, workTitle: isWorkTitleCue(tokens, run.from), ...(previous && previous.to === run.from - 1 && tokens[previous.to]?.text === "(" ? { expandsPrevious: true } : {}), ...(cuedRole ? { cuedRole } : {}) };
    for (const reading of [main, ...read[i]!.inside]) if (reading.kind !== "none") mentions.push({ ...base, reading, ...extra });
  });
  return { text, tokens, quotes, mentions };
}

const LOCATIVES = new Set(["in", "at", "near", "into", "across", "through", "around", "outside", "inside", "from"]);

/** "10 Downing Street": an address, not the seat of power. */
const isAddress = (tokens: readonly Token[], from: number, r: RunReading) => r.kind === "organisation" && /^\d+$/.test(tokens[from - 1]?.text ?? "") && from > 0;
/** "the next Parliament", "Act of Parliament": a term or a law, not the body. */
const isTermOfParliament = (before: string, r: RunReading) => r.kind === "organisation" && /^(?:Parliament|Congress)$/.test(r.name) && ["next", "last", "previous", "this", "of", "new"].includes(before);

/** A run of two or more capitalised words that context alone marks as an organisation. */
function readCuedOrganisation(words: string[]): RunReading {
  const lex = loadLexicon();
  const name = ["the", "a", "an"].includes(words[0]?.toLowerCase() ?? "") ? words.slice(1) : words;
  const last = name[name.length - 1]?.toLowerCase() ?? "";
  if (name.length < 2 || name.some((w) => (isTitle(w) && !ORGANISATION_WORDS.has(w.toLowerCase())) || lex.demonyms.has(foldName(w)))) return { kind: "none" };
  if (EVENT_TAIL_WORDS.has(last) || METONYMS.has(foldName(name.join(" "))) || /^(north|south|east|west|central|northern|southern|eastern|western)$/i.test(name[0]!)) return { kind: "none" };
  return { kind: "organisation", name: name.join(" ") };
}

/** Lower-case product nouns after a name make it a brand ("Havana Club rum", "Chivas Regal whisky"). */
const PRODUCT_NOUNS = new Set(["rum", "whisky", "whiskey", "vodka", "brandy", "gin", "wine", "beer", "lager", "cigarettes", "cider", "champagne", "tequila", "liqueur", "cereal", "biscuits", "chocolate", "perfume"]);
const isBrand = (tokens: readonly Token[], to: number) => PRODUCT_NOUNS.has(tokens[to]?.text ?? "");

/** A run that context alone marks as a person ("actor Christian Slater", a name in a list of names). */
function readCuedPerson(words: string[]): RunReading {
  const lex = loadLexicon();
  const bad = (w: string) => NOT_PERSON_WORDS.has(w.toLowerCase()) || NEVER_NAMES.has(w.toLowerCase()) || /-\p{Lu}$|^\p{Lu}{2,}$|^I['’]/u.test(w);
  if (words.length === 0 || words.length > 4 || words[0]!.toLowerCase() === "the" || !words.every((w) => isNameLike(w) || isInitialPair(w)) || words.some(bad)) return { kind: "none" };
  if (words.length === 1) return isOrdinaryWord(words[0]!) ? { kind: "none" } : { kind: "single", word: words[0]! };
  // "Dutchman Arnoud Okken", "Compatriots Mulugeta Wondimu": a leading descriptor is no part of the name.
  const name = words.length >= 3 && (lex.commonWords.has(foldName(words[0]!)) || /(?:man|woman|men|women)$/.test(words[0]!)) ? words.slice(1) : words;
  if (isOrdinaryWord(name[name.length - 1]!) || lex.commonWords.has(foldName(name[0]!)) && !lex.firstNames.has(foldName(name[0]!)) && name[0] !== words[0] ) return { kind: "none" };
  return { kind: "person", words: name, titled: false };
}

/** An ordinary English word that is not also a first name ("Order", "Dead"; not "Grace"). */
function isOrdinaryWord(word: string): boolean {
  const lex = loadLexicon();
  const key = foldName(word);
  return lex.commonWords.has(key) && !lex.firstNames.has(key);
}

/** Per run: "person" or "organisation" when it stands in a list that says so ("Pam Ferris, Victoria Hamilton and Kelly Reilly"). */
type ListCue = "person" | "organisation" | "place" | undefined;
function listCues(tokens: readonly Token[], runs: readonly NameRun[], mains: readonly RunReading[]): ListCue[] {
  const out: ListCue[] = runs.map(() => undefined);
  // A parenthesis after a member ("Romola Garai (Calico),") is skipped with the runs inside it.
  const nextMember = (j: number): { k: number; gapFrom: number } | undefined => {
    let gapFrom = runs[j]!.to;
    if (tokens[gapFrom]?.text === "(") {
      while (gapFrom < tokens.length && tokens[gapFrom]!.text !== ")") gapFrom++;
      gapFrom++;
    }
    let k = j + 1;
    while (k < runs.length && runs[k]!.from < gapFrom) k++;
    return k < runs.length ? { k, gapFrom } : undefined;
  };
  let i = 0;
  while (i < runs.length) {
    const members = [i];
    let joined = false;
    for (let next = nextMember(i); next && !runs[members[members.length - 1]!]!.possessive && isListGap(tokens, next.gapFrom, runs[next.k]!.from); next = nextMember(next.k)) {
      joined ||= tokens.slice(next.gapFrom, runs[next.k]!.from).some((t) => /^(and|or)$/.test(t.text));
      members.push(next.k);
    }
    if (runs[members[members.length - 1]!]!.possessive) members.pop();
    if (members.length >= 2 && (joined || members.length >= 3)) {
      const lead = listLeadIn(tokens, runs[i]!.from);
      const person = members.some((k) => { const m = mains[k]!; return m.kind === "person" && (m.titled || !m.weakEvidence) && m.words.length >= 2; });
      const kinds = members.map((k) => mains[k]!.kind);
      const places = kinds.filter((k) => k === "place").length >= 2 && !kinds.includes("person") && !kinds.includes("organisation");
      const cue = lead ?? (person ? "person" : places ? "place" : undefined);
      for (const k of members) out[k] = cue;
    }
    i = Math.max(i + 1, members.length >= 2 ? members[members.length - 1]! + 1 : i + 1);
  }
  return out;
}

/** A paragraph that is only a comma-separated list of names: a sports line-up. */
function isLineUp(text: string): boolean {
  const parts = text.replace(/\.$/, "").split(", ");
  return parts.length >= 5 && parts.every((p) => /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?(?: \([^()]{1,40}\))?$/u.test(p));
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
