// Walks an article once and lists every entity mention with its position: people
// (full or titled names), lone capitalised words that may be surnames, places and
// organisations. Later passes fold people, count places and attribute quotes from
// this one list, so the text is tokenised only once.
import { classifyRun, type RunReading } from "./classify-run.ts";
import { canonicalPlace } from "./canonical-places.ts";
import {
  isAnyFirstName,
  isAddress,
  isBrand,
  isOrdinaryWord,
  isTermOfParliament,
  listCues,
  LOCATIVES,
  readCuedOrganisation,
  readCuedPerson,
} from "./cued-readings.ts";
import { findNameRuns, type NameRun } from "./find-name-runs.ts";
import { findQuoteSpans, type QuoteSpan } from "./find-quote-spans.ts";
import { foldName } from "./fold-name.ts";
import { loadLexicon } from "./load-lexicon.ts";
import {
  hasEmployerCue,
  hasPersonAppositive,
  isWorkTitleCue,
  PERSON_DESCRIPTORS,
  pronounAfter,
  relativeOf,
  roleAfter,
  roleBefore,
} from "./mention-context.ts";
import { readHyphenatedPlaces } from "./named-places.ts";
import { isNamedAsGroup, isNamedAsModifier } from "./group-cues.ts";
import { hasClubCue, hasOrganisationCue, isFootballText } from "./organisation-cues.ts";
import { findPartyLabels, isStateAbbreviation } from "./party-labels.ts";
import { rereadInContext, spreadOrganisations } from "./reread-in-context.ts";
import { isFamousSingle, isTitle } from "./run-words.ts";
import { bearersOf } from "./knowledge/famous-people.ts";
import { isWikipediaTitle } from "./knowledge/wikipedia-titles.ts";
import { isEnglishWord } from "./knowledge/english-words.ts";
import { ADDRESSING_VERBS, SPEECH_FILLERS, SPEECH_VERBS } from "./speech-verbs.ts";
import { PEERAGE_TITLES } from "./title-words.ts";
import { tokenize, type Token } from "./tokenize-text.ts";
import { lexiconTags } from "./compromise-lexicon.ts";

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
  /** "the George W. Bush administration", "the Hillary Clinton campaign": the "the" before the name is the noun's after it. */
  theIsTheNouns?: boolean;
  /** "Paris' Charles de Gaulle airport", "the John F. Kennedy memorial": a building or a road named after someone, not the person. */
  namesFacility?: boolean;
  /** Introduced as a person ("actress Barbara Windsor", "US lawyer Jamie Firestone") or listed in a line-up. */
  personCue: boolean;
  cues: {
    organisation: boolean;
    club: boolean;
    footballCity: boolean;
    employer: boolean;
    place: boolean;
    /** Named as a group whatever its words ("rock band Franz Ferdinand", "Razorlight were"). */
    group: boolean;
  };
  /** Named as a work's title ("the film Mary Poppins"). */
  workTitle: boolean;
  /** Stands before a noun it qualifies: "the Trump campaign", "Putin's allies". */
  modifiesNoun?: boolean;
  /** Object of a preposition or a verb before it: "with Erdogan", "criticized Obama". */
  governed?: boolean;
  /** Stands in parentheses right after the previous run: "Cepes (Peruvian Centre for Social Studies)". */
  expandsPrevious?: boolean;
  /** A role the context gives ("Rod Eddington, BA's chief executive," → "BA's chief executive"). */
  cuedRole?: string;
  /** The gender of the first "he"/"she" after the run in its sentence ("Clinton … her campaign"). */
  pronounAfter?: "male" | "female";
  /** That pronoun is "he" or "she", a clause's subject ("Edwards said … that he loved Quinn"). */
  subjectPronounAfter?: boolean;
  /** Named as the one told or the source ("told Axios", "according to Haaretz"), not as the one who speaks. */
  toldOrSource?: boolean;
  /** A relative named after a family noun: whose ("Trump" in "Trump's daughter Ivanka"; "pronoun" for "his sons, Donald Jr. and Eric"). */
  relativeOf?: string;
  /** "Bill and Hillary Clinton": the first name took the surname of the full name after "and". */
  sharedSurname?: boolean;
}

export interface ParagraphMentions {
  text: string;
  tokens: Token[];
  quotes: QuoteSpan[];
  mentions: Mention[];
}

/** Mentions of the headline (index 0) and each paragraph. */
export function extractMentions(
  headline: string,
  paragraphs: readonly string[],
): ParagraphMentions[] {
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
    // "The King’s Speech": a possessive before the run owns it; it describes nobody in it.
    const previousToken = tokens[run.from - 1];
    const before = previousToken?.possessive ? "" : (previousToken?.text.toLowerCase() ?? "");
    const hyphenPlaces = readHyphenatedPlaces(run.words);
    if (hyphenPlaces)
      return { main: hyphenPlaces[0]!, inside: hyphenPlaces.slice(1), weak, before };
    return { ...classifyRun(run.words, weak, LOCATIVES.has(before)), weak, before };
  });
  const lists = listCues(
    tokens,
    runs,
    read.map((r) => r.main),
  );
  const labels = findPartyLabels(text);
  for (const label of labels) {
    const base = {
      paragraph,
      start: label.start,
      end: label.end,
      surface: text.slice(label.start, label.end),
      inQuote: inQuote(label.start),
      weak: false,
    };
    const extra = {
      nextToSpeechVerb: false,
      cues: {
        organisation: false,
        club: false,
        footballCity: false,
        employer: false,
        place: false,
        group: false,
      },
      sentence: 0,
      afterThe: false,
      personCue: false,
      workTitle: false,
    };
    if (label.party)
      mentions.push({ ...base, reading: { kind: "organisation", name: label.party }, ...extra });
    if (label.state)
      mentions.push({ ...base, reading: { kind: "place", name: label.state }, ...extra });
  }
  runs.forEach((run, i) => {
    if (labels.some((l) => run.start >= l.start && run.start < l.end)) return;
    const { weak, before } = read[i]!;
    let main = read[i]!.main;
    const base = {
      paragraph,
      start: run.start,
      end: run.end,
      surface: run.words.join(" "),
      inQuote: inQuote(run.start),
      weak,
    };
    const previous = runs[i - 1];
    const titleBefore =
      previous &&
      previous.to + 1 === run.from &&
      tokens[previous.to]?.text === "," &&
      read[i - 1]!.main.kind === "none" &&
      isTitle(previous.words[previous.words.length - 1]!);
    const listPerson =
      lists[i] === "person" && !(main.kind === "single" && isOrdinaryWord(main.word));
    // "another Ethiopian, Berhane Adera,": a person introduced by nationality.
    const demonymBefore =
      previous &&
      previous.to + 1 === run.from &&
      tokens[previous.to]?.text === "," &&
      previous.words.length === 1 &&
      isDemonymNoun(tokens, previous.from);
    // "Her lawyer, Mat Staver, said": a person's noun, a comma, then the name.
    const nounBefore = tokens[run.from - 2];
    const descriptorBefore =
      tokens[run.from - 1]?.text === "," &&
      nounBefore?.isWord === true &&
      !nounBefore.isCapitalised &&
      PERSON_DESCRIPTORS.has(nounBefore.text);
    const personCue =
      lineUp ||
      PERSON_DESCRIPTORS.has(before) ||
      descriptorBefore ||
      listPerson ||
      Boolean(titleBefore) ||
      Boolean(demonymBefore) ||
      hasPersonAppositive(tokens, run.to);
    // "pollster Celinda Lake": a person's cue beats a lake guessed from the name's last word.
    // "Ford O’Connell, a Republican strategist": nor a company's product guessed from a first word.
    const guessedPlace =
      main.kind === "place" &&
      run.words.length === 2 &&
      isAnyFirstName(run.words[0]!) &&
      !canonicalPlace(run.words.join(" "));
    const guessedProduct =
      main.kind === "organisation" &&
      main.whole !== undefined &&
      run.words.length === 2 &&
      isAnyFirstName(run.words[0]!);
    if (personCue && (main.kind === "none" || guessedPlace || guessedProduct)) {
      const cued = readCuedPerson(run.words);
      if (main.kind === "none" || cued.kind === "person") main = cued;
    }
    const shared = surnameAcrossAnd(tokens, runs, read, i);
    if (shared) main = { kind: "person", words: [run.words[0]!, shared], titled: false };
    if (main.kind === "person" && main.role && before === "former")
      main = { ...main, role: `former ${main.role}` };
    const possessiveFirm = firmNamedWithPossessive(text, run, main);
    if (possessiveFirm) main = possessiveFirm;
    // "Ferguson, Mo.", "Orlando, Fla.": a town before its state's abbreviation.
    if ((main.kind === "single" || main.kind === "person") && isTownBeforeState(tokens, run))
      main = { kind: "place", name: run.words.join(" ") };
    if (
      isAddress(tokens, run.from, main) ||
      isQuotedNickname(text, tokens, run, main) ||
      isPartyToCase(tokens, run, main) ||
      isAfterOrdinal(tokens, run, main) ||
      isBeforeNumber(tokens, run, main) ||
      isTermOfParliament(before, main) ||
      isMonthAfterPreposition(run.words, before) ||
      isMonthBeforeDay(run.words, tokens[run.to])
    )
      main = { kind: "none" };
    const cuedRole = titleBefore
      ? previous.words.filter((w) => w.toLowerCase() !== "the").join(" ")
      : (roleAfter(text, tokens, run.to) ?? roleBefore(text, tokens, run.from));
    const nextToSpeechVerb = isNextToSpeechVerb(tokens, run.from, run.to, run.possessive);
    // "analyst Mike Powell of BNP Paribas", but not a peer's territorial title ("Lord Nicholls of Birkenhead").
    const prevPersonTo =
      previous &&
      read[i - 1]!.main.kind === "person" &&
      !PEERAGE_TITLES.has(previous.words[0]!.toLowerCase())
        ? previous.to
        : -1;
    const cues = {
      organisation: hasOrganisationCue(tokens, run.from, run.to, run.possessive, paragraph === 0),
      club: football && hasClubCue(tokens, run.from, run.to, run.possessive),
      footballCity: football && !["in", "near"].includes(before),
      employer: hasEmployerCue(tokens, run.from, prevPersonTo) || lists[i] === "organisation",
      place: lists[i] === "place" || (["in", "near"].includes(before) && !run.possessive && !weak),
      group: isNamedAsGroup(tokens, run.from, run.to, run.possessive),
    };
    // "the Reporters Without Borders group", "a role at the Premier League": a name made of ordinary words.
    if (main.kind === "none" && (cues.organisation || cues.employer) && !inQuote(run.start))
      main = readCuedOrganisation(run.words);
    if ((main.kind === "organisation" || main.kind === "place") && isBrand(tokens, run.to))
      main = { kind: "none" };
    while (sentenceEnds < sentenceBreaks.length && sentenceBreaks[sentenceEnds]! < run.from)
      sentenceEnds++;
    // Only a lone word needs it: which of two Clintons, Bushes or Obamas.
    const gender = run.words.length === 1 ? pronounAfter(tokens, run.to, inQuote) : undefined;
    const relative =
      run.words.length === 1 || /^(?:Jr|Sr)\.?$/.test(run.words.at(-1)!)
        ? relativeOf(tokens, run.from)
        : undefined;
    const extra = {
      nextToSpeechVerb,
      cues,
      sentence: sentenceEnds,
      afterThe: tokens[run.from - 1]?.text === "the",
      ...(FACILITY_NOUNS.has(tokens[run.to]?.text ?? "") ? { namesFacility: true } : {}),
      ...(tokens[run.from - 1]?.text === "the" && headsNoun(tokens, run.to)
        ? { theIsTheNouns: true }
        : {}),
      personCue,
      workTitle:
        isWorkTitleCue(tokens, run.from) || isNamedAsModifier(tokens, run.to, run.possessive),
      ...(modifiesNoun(tokens, run.to, run.possessive) ? { modifiesNoun: true } : {}),
      ...(isGoverned(tokens, run.from) || afterOpeningPreposition(run, main)
        ? { governed: true }
        : {}),
      ...(previous && previous.to === run.from - 1 && tokens[previous.to]?.text === "("
        ? { expandsPrevious: true }
        : {}),
      ...(cuedRole ? { cuedRole } : {}),
      ...(gender ? { pronounAfter: gender.gender } : {}),
      ...(gender?.subject ? { subjectPronounAfter: true } : {}),
      ...(relative ? { relativeOf: relative } : {}),
      ...(isToldOrSource(tokens, run.from, run.to) ? { toldOrSource: true } : {}),
      ...(shared ? { sharedSurname: true } : {}),
    };
    for (const reading of [main, ...read[i]!.inside])
      if (reading.kind !== "none") mentions.push({ ...base, reading, ...extra });
  });
  return { text, tokens, quotes, mentions };
}

/**
 * "McDonald's", "Sainsbury's", "Kellogg's": a firm whose name is a possessive, which the
 * tokenizer cut to "McDonald". Read whole when the encyclopaedia knows the possessive form and
 * the word is no first name ("Wendy's mother" stays Wendy's).
 */
function firmNamedWithPossessive(
  text: string,
  run: NameRun,
  reading: RunReading,
): RunReading | undefined {
  if (!run.possessive || run.words.length !== 1 || reading.kind === "person") return undefined;
  if (reading.kind === "place") return undefined;
  const word = run.words[0]!;
  const written = text.slice(run.start, run.end);
  if (!/^\p{L}+['’]s$/u.test(written) || isAnyFirstName(word)) return undefined;
  return isWikipediaTitle(`${word}'s`) ? { kind: "organisation", name: written } : undefined;
}

function isTownBeforeState(tokens: readonly Token[], run: NameRun): boolean {
  return (
    !run.possessive &&
    run.words.length <= 3 &&
    tokens[run.to]?.text === "," &&
    tokens[run.to + 2]?.text === "." &&
    tokens[run.to + 2]!.start === tokens[run.to + 1]!.end &&
    isStateAbbreviation(`${tokens[run.to + 1]!.text}.`)
  );
}

/** "the 25th Amendment", "the 82nd Airborne": a word after an ordinal numbers a thing, not a person. */
function isAfterOrdinal(tokens: readonly Token[], run: NameRun, reading: RunReading): boolean {
  if (reading.kind !== "person" && reading.kind !== "single") return false;
  const before = tokens[run.from - 1];
  const number = tokens[run.from - 2];
  return (
    /^\d+(?:st|nd|rd|th)$/i.test(before?.text ?? "") ||
    (/^(?:st|nd|rd|th)$/i.test(before?.text ?? "") &&
      /^\d+$/.test(number?.text ?? "") &&
      number!.end === before!.start)
  );
}

const VERSUS = new Set(["v", "v.", "vs", "vs."]);

/**
 * "Bush v. Gore", "Trump v Clinton", "Hollingsworth v. Perry": a party named in a case's title
 * is the case's name, not a mention of the person.
 */
function isPartyToCase(tokens: readonly Token[], run: NameRun, reading: RunReading): boolean {
  if (reading.kind !== "person" && reading.kind !== "single") return false;
  return VERSUS.has(tokens[run.from - 1]?.text ?? "") || VERSUS.has(tokens[run.to]?.text ?? "");
}

/**
 * “Crooked Hillary”, ‘Little Marco’: a nickname in quotation marks, an ordinary word before a
 * first name, names no one new (the person it mocks is named elsewhere).
 */
function isQuotedNickname(
  text: string,
  tokens: readonly Token[],
  run: NameRun,
  reading: RunReading,
): boolean {
  if (reading.kind !== "person" || run.words.length !== 2) return false;
  const opens = text.charAt(tokens[run.from]!.start - 1);
  const closes = text.charAt(tokens[run.to - 1]!.end);
  return (
    /["“‘']/u.test(opens) &&
    /["”’']/u.test(closes) &&
    isEnglishWord(run.words[0]!) &&
    !isAnyFirstName(run.words[0]!)
  );
}

/** "in April", "since May": a month that is also a first name, read as the month it follows a time word for. */
function isMonthAfterPreposition(words: readonly string[], before: string): boolean {
  return (
    words.length === 1 &&
    MONTHS_NAMED_LIKE_PEOPLE.test(words[0]!) &&
    /^(?:in|since|until|till|last|next|early|late|during|from|through|this|by)$/.test(before)
  );
}

/**
 * "Chapter 11 protection", "Maroon 5", "Channel 4": a lone word with a number right after it is
 * the name of a thing (a law's chapter, a band, a product), not a surname.
 */
function isBeforeNumber(tokens: readonly Token[], run: NameRun, reading: RunReading): boolean {
  const next = tokens[run.to];
  return (
    reading.kind === "single" &&
    !run.possessive &&
    next !== undefined &&
    next.start === (tokens[run.to - 1]?.end ?? -1) + 1 &&
    /^\d+$/.test(next.text)
  );
}

/** Months that are also first names: "April Ryan", "June Carter". */
const MONTHS_NAMED_LIKE_PEOPLE = /^(?:April|May|June|August)$/;

/** "Nunes said April 6 he was stepping back": a month before a day's number is a date. */
function isMonthBeforeDay(words: readonly string[], next: Token | undefined): boolean {
  return (
    words.length === 1 &&
    MONTHS_NAMED_LIKE_PEOPLE.test(words[0]!) &&
    /^\d{1,2}(?:st|nd|rd|th)?$/.test(next?.text ?? "")
  );
}

/**
 * "Charles and David Koch", "Karol and Randy Kolb": a lone first name joined by "and" to a
 * first name and surname shares that surname. Returns the surname, if the run is such a name.
 */
function surnameAcrossAnd(
  tokens: readonly Token[],
  runs: readonly NameRun[],
  read: readonly { main: RunReading }[],
  i: number,
): string | undefined {
  const run = runs[i]!;
  const next = runs[i + 1];
  const reading = read[i + 1]?.main;
  if (run.words.length !== 1 || run.possessive || !next || next.from !== run.to + 1) return;
  if (tokens[run.to]?.text !== "and" || reading?.kind !== "person" || reading.words.length !== 2)
    return;
  const lex = loadLexicon();
  // "Ferguson and Graeme Souness", "Madonna and Elton John": a famous surname or mononym is a
  // person of its own, whatever the longer first-name list says.
  const lone = run.words[0]!;
  const ownPerson =
    isFamousSingle(lone) || (!lex.firstNames.has(foldName(lone)) && bearersOf(lone).length > 0);
  // "Madonna and Elton John": when the second is a famous name, the shared one must be one too.
  const famousPair =
    isWikipediaTitle(reading.words.join(" ")) && !isWikipediaTitle(`${lone} ${reading.words[1]!}`);
  return isAnyFirstName(lone) &&
    !ownPerson &&
    !famousPair &&
    isAnyFirstName(reading.words[0]!) &&
    !reading.titled
    ? reading.words[1]
    : undefined;
}

/** Lower-case nouns for places named after people: "Charles de Gaulle airport", "Reagan library". */
const FACILITY_NOUNS = new Set([
  "airport",
  "stadium",
  "arena",
  "bridge",
  "boulevard",
  "avenue",
  "street",
  "highway",
  "expressway",
  "tunnel",
  "dam",
  "hospital",
  "library",
  "memorial",
  "museum",
  "station",
  "building",
  "high",
]);

/** "the Obama administration", "the Bush years": a government or an era, which names no person (LABELLING.md). */
const GOVERNMENT_NOUNS = /^(?:administrations?|era|years)$/i;

/** A lower-case noun follows the name, not a government's: "the Hillary Clinton campaign". */
function headsNoun(tokens: readonly Token[], to: number): boolean {
  const next = tokens[to];
  return (
    next?.isWord === true &&
    !next.isCapitalised &&
    !GOVERNMENT_NOUNS.test(next.text) &&
    isNounWord(next.text.toLowerCase())
  );
}

/**
 * The run qualifies the noun after it ("the Trump campaign", "Putin's allies"), but not as the
 * name of a government ("the Obama administration" names no person: LABELLING.md).
 */
function modifiesNoun(tokens: readonly Token[], to: number, possessive: boolean): boolean {
  const next = tokens[to];
  if (GOVERNMENT_NOUNS.test(next?.text ?? "")) return false;
  if (possessive) return true;
  if (!next?.isWord || next.isCapitalised) return false;
  return isNounWord(next.text.toLowerCase());
}

const GOVERNING_TAGS = new Set([
  "Preposition",
  "Verb",
  "PastTense",
  "PresentTense",
  "Infinitive",
  "Gerund",
  "PhrasalVerb",
]);
/** Verbs after which a name is still who the sentence is about. */
const NAMING_VERBS = new Set([
  "is",
  "was",
  "are",
  "were",
  "be",
  "been",
  "named",
  "called",
  "dubbed",
  "identified",
  "including",
]);

/**
 * A preposition or a verb stands right before the run ("a meeting with Turkish President
 * Erdogan", "pointing to Bush", "criticized Obama"): the name is an object, not the subject of
 * its sentence. Adverbs ("then Trump said") and descriptors ("donor John Jordan") are not.
 */
export function isGoverned(tokens: readonly Token[], from: number): boolean {
  let at = from - 1;
  // "to Bush and Rubio": a name joined to a governed name shares its governor.
  // "Like Trump Jr. and Kushner": a sentence's opening preposition governs the names after it.
  const opening = (t: Token | undefined) =>
    t?.sentenceStart === true && isPreposition(t.text.toLowerCase());
  if (/^(?:and|or)$/.test(tokens[at]?.text ?? "")) {
    at--;
    while (tokens[at]?.isCapitalised && !opening(tokens[at])) at--;
  }
  const previous = tokens[at];
  if (!previous?.isWord || (previous.isCapitalised && !opening(previous))) return false;
  const word = previous.text.toLowerCase();
  // "said Hale" names the speaker; "was Krista Gwidt", "a man named Joe Kaburek" the subject.
  if (SPEECH_VERBS.has(word) || NAMING_VERBS.has(word)) return false;
  // "US district judge Keith Watkins", "campaign manager Jane Roe": a noun for a person describes
  // the name, though the lexicon may have the noun as a verb too ("judge").
  if (PERSON_DESCRIPTORS.has(word)) return false;
  if (PREPOSITIONS_THE_LEXICON_MISSES.has(word)) return true;
  const tags = lexiconTags(word);
  if (tags.length === 0) return /ed$/.test(word);
  return tags.some((tag) => GOVERNING_TAGS.has(tag));
}

/**
 * "Like Trump Jr. and Kushner, … Goldstone said": a sentence that opens with a preposition puts
 * the name after it in its run ("Like Trump Jr."), where the reading drops the word; the name is
 * still the preposition's object, not the sentence's subject.
 */
function afterOpeningPreposition(run: NameRun, main: RunReading): boolean {
  if (!run.sentenceStart || main.kind !== "person" || main.words[0] === run.words[0]) return false;
  return isPreposition(run.words[0]!.toLowerCase());
}

/** "like", "with", "against": a preposition, whatever else the lexicon also files it as. */
function isPreposition(word: string): boolean {
  if (PREPOSITIONS_THE_LEXICON_MISSES.has(word)) return true;
  return lexiconTags(word).includes("Preposition");
}

/** Prepositions compromise files under other tags ("to" as a conjunction, "against" as an adjective). */
const PREPOSITIONS_THE_LEXICON_MISSES = new Set([
  "to",
  "against",
  "behind",
  "under",
  "toward",
  "towards",
  "into",
  "onto",
  "over",
  "beside",
  "between",
  "among",
  "without",
  "within",
  "via",
  "unlike",
  "like",
  "than",
]);

const NOUN_TAGS = new Set(["Singular", "Plural", "Noun", "Uncountable", "Actor"]);
/** A word the lexicon files as a noun, or does not know and that does not look like a verb or adverb ("campaign", "spokesman"; not "said", "also", "has"). */
function isNounWord(word: string): boolean {
  if (SPEECH_VERBS.has(word) || /(?:ed|ly)$/.test(word)) return false;
  const tags = lexiconTags(word);
  if (tags.length === 0) return true;
  return tags.some((tag) => NOUN_TAGS.has(tag));
}

/** "another Ethiopian", "a Briton", "fellow Kenyan": a demonym used as a noun for a person. */
function isDemonymNoun(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]!.text;
  const lead = tokens[at - 1]?.text.toLowerCase() ?? "";
  return (
    ["another", "a", "an", "fellow", "compatriot"].includes(lead) &&
    (loadLexicon().demonyms.has(foldName(word)) ||
      /^(Briton|Scot|Pole|Swede|Dane|Finn|Turk|Kurd|Serb|Croat|Czech|Slovak|Thai)$/.test(word))
  );
}

/** A paragraph that is only a comma-separated list of names: a sports line-up. */
function isLineUp(text: string): boolean {
  const parts = text.replace(/\.$/, "").split(", ");
  return (
    parts.length >= 5 &&
    parts.every((p) => /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?(?: \([^()]{1,40}\))?$/u.test(p))
  );
}

/**
 * "told Axios", "asked CNN", "according to Haaretz", "Haaretz reported": the run is the
 * listener or the source, which a news outlet is as often as a person.
 */
function isToldOrSource(tokens: readonly Token[], from: number, to = from + 1): boolean {
  const before = tokens[from - 1]?.text.toLowerCase() ?? "";
  if (ADDRESSING_VERBS.has(before)) return true;
  if (OUTLET_VERBS.has(tokens[to]?.text.toLowerCase() ?? "")) return true;
  return before === "to" && tokens[from - 2]?.text.toLowerCase() === "according";
}

/** What news outlets do in a story's sentences: "Haaretz reported", "Interfax noted". */
const OUTLET_VERBS = new Set(["reported", "reports", "noted", "notes", "published"]);

function isNextToSpeechVerb(
  tokens: readonly Token[],
  from: number,
  to: number,
  possessive: boolean,
): boolean {
  const before = tokens[from - 1]?.text.toLowerCase();
  if (before && SPEECH_VERBS.has(before)) return true;
  // "according to Smith", not "According to Gallup data": a name qualifying a noun is not who speaks.
  if (before === "to" && tokens[from - 2]?.text.toLowerCase() === "according")
    return !modifiesNoun(tokens, to, possessive);
  for (let k = to; k < Math.min(tokens.length, to + 3); k++) {
    const word = tokens[k]!.text.toLowerCase();
    if (SPEECH_VERBS.has(word)) return true;
    if (!SPEECH_FILLERS.has(word)) break;
  }
  return false;
}
