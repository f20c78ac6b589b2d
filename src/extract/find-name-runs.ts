// Groups capitalised words into candidate name runs: "Henry E. Hale", "Secretary of
// State Marco Rubio", "Bank of England", "Ursula von der Leyen". Lower-case joiners
// ("of", "and", "von") join only where they plausibly belong to one name, so
// "Trump and Putin" stays two runs while "Trade and Industry Secretary" stays one.
import { loadLexicon } from "./load-lexicon.ts";
import { ORGANISATION_WORDS, PARTY_ALIASES } from "./organisation-words.ts";
import { OFFICE_TITLES, ROLE_MODIFIERS } from "./title-words.ts";
import type { Token } from "./tokenize-text.ts";

export interface NameRun {
  words: string[];
  /** Index of the first and one past the last token of the run. */
  from: number;
  to: number;
  start: number;
  end: number;
  sentenceStart: boolean;
  possessive: boolean;
}

/** Particles inside personal names: joined when capitalised words stand on both sides. */
const NAME_PARTICLES = new Set([
  "de",
  "da",
  "di",
  "du",
  "van",
  "von",
  "der",
  "den",
  "del",
  "della",
  "la",
  "le",
  "bin",
  "ibn",
  "al",
  "el",
  "dos",
  "das",
  "ter",
  "ten",
  "y",
  "zu",
]);
/** "of"/"for" join when the left word heads a longer name ("Bank of England"). */
const OF_HEADS = new Set([
  ...ORGANISATION_WORDS,
  ...OFFICE_TITLES,
  "house",
  "republic",
  "duke",
  "duchess",
  "isle",
  "gulf",
  "sea",
  "bay",
  "cape",
  "province",
  "state",
  "states",
  "secretary",
  "museum",
  "palace",
  "chamber",
  "chambers",
  "city",
  "mayor",
  "bishop",
  "prince",
  "princess",
  "earl",
  "lord",
  "lady",
  "governor",
  "institute",
  "sisters",
  "brothers",
  "district",
]);

/** Heads of "X and Y <body>" names ("Food and Agriculture Organisation", "Foreign and Commonwealth Office"). */
const BODY_WORDS = new Set([
  "organisation",
  "organization",
  "association",
  "federation",
  "union",
  "council",
  "commission",
  "committee",
  "service",
  "services",
  "department",
  "ministry",
  "agency",
  "authority",
  "institute",
  "board",
  "alliance",
  "fund",
  "office",
]);
/** Bodies named for their subject with "on": "Committee on Taxation", "Commission on Civil Rights". */
const ON_HEADS = new Set(["committee", "subcommittee", "commission", "council", "panel", "task"]);
const NUMBERED_NAMES = new Set(["channel", "radio", "formula", "e", "more"]);

const isJoinable = (t: Token | undefined): t is Token =>
  t !== undefined && t.isWord && t.isCapitalised;

/** Candidate name runs of a tokenised paragraph, in order. */
export function findNameRuns(tokens: readonly Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!isJoinable(first)) {
      i++;
      continue;
    }
    const words = [first.text];
    let j = i + 1;
    let possessive = first.possessive;
    while (j < tokens.length && !possessive) {
      const next = tokens[j]!;
      if (isJoinable(next) && !next.sentenceStart) {
        words.push(next.text);
        possessive = next.possessive;
        j++;
        continue;
      }
      // "[former President Barack] Obama": an editor's insertion closed inside the name.
      if (next.text === "]" && next.start === tokens[j - 1]!.end && isJoinable(tokens[j + 1])) {
        j++;
        continue;
      }
      // "Critics' Circle", "Dunkin' Donuts": an apostrophe inside one name; not a party's plural
      // possessive ("the Tories' Commons presence").
      if (
        /^['’]$/.test(next.text) &&
        next.start === tokens[j - 1]!.end &&
        !PARTY_ALIASES[words[words.length - 1]!.toLowerCase()] &&
        isJoinable(tokens[j + 1]) &&
        (ORGANISATION_WORDS.has(tokens[j + 1]!.text.toLowerCase()) ||
          /in$/.test(words[words.length - 1]!))
      ) {
        words[words.length - 1] += next.text;
        j++;
        continue;
      }
      // "Channel 4", "Radio 5", "Formula 1".
      if (
        NUMBERED_NAMES.has(words[words.length - 1]!.toLowerCase()) &&
        /^\d{1,2}$/.test(next.text)
      ) {
        words.push(next.text);
        j++;
        break;
      }
      const joined = joinerLength(tokens, j, words);
      if (joined === 0) break;
      for (let k = j; k < j + joined; k++) words.push(tokens[k]!.text);
      j += joined;
    }
    const last = tokens[j - 1]!;
    runs.push({
      words,
      from: i,
      to: j,
      start: first.start,
      end: last.end,
      sentenceStart: first.sentenceStart,
      possessive,
    });
    i = j;
  }
  return runs;
}

/** How many lower-case joiner tokens at `j` lead to a capitalised word that continues the run (0 = none). */
function joinerLength(tokens: readonly Token[], j: number, words: readonly string[]): number {
  const left = words[words.length - 1]!.toLowerCase();
  const a = tokens[j];
  if (!a) return 0;
  const word = a.text.toLowerCase();
  if (NAME_PARTICLES.has(word)) {
    if (isJoinable(tokens[j + 1])) return 1;
    const b = tokens[j + 1];
    if (b && NAME_PARTICLES.has(b.text.toLowerCase()) && isJoinable(tokens[j + 2])) return 2;
    return 0;
  }
  if (word === "&" && isJoinable(tokens[j + 1])) return 1;
  // "Court of Appeals for the District of Columbia": an organisation's name goes on.
  const head = words[0] === "The" ? words.slice(1) : words;
  const orgHead = head.length >= 2 && ORGANISATION_WORDS.has(head[0]!.toLowerCase());
  // "Joint Committee on Taxation", "Senate Committee on Foreign Relations": a body's subject.
  if (word === "on" && ON_HEADS.has(left)) {
    if (isJoinable(tokens[j + 1])) return 1;
    if (tokens[j + 1]?.text.toLowerCase() === "the" && isJoinable(tokens[j + 2])) return 2;
  }
  if ((word === "of" || word === "for") && (OF_HEADS.has(left) || (orgHead && word === "for"))) {
    if (isJoinable(tokens[j + 1])) return 1;
    if (tokens[j + 1]?.text.toLowerCase() === "the" && isJoinable(tokens[j + 2])) return 2;
  }
  if (
    word === "and" &&
    ROLE_MODIFIERS.has(left) &&
    isJoinable(tokens[j + 1]) &&
    ROLE_MODIFIERS.has(tokens[j + 1]!.text.toLowerCase())
  )
    return 1;
  // "Food and Agriculture Organisation": ordinary words joined by "and" ahead of an organisation word.
  // "Office of Management and Budget", "Department of Health and Human Services".
  const lex = loadLexicon();
  const plain = (w: string) =>
    !/^\p{Lu}{2,}/u.test(w) &&
    !lex.places.has(w.toLowerCase()) &&
    !lex.organisations.has(w.toLowerCase());
  if (
    word === "and" &&
    orgHead &&
    words.includes("of") &&
    plain(left) &&
    isJoinable(tokens[j + 1]) &&
    plain(tokens[j + 1]!.text)
  )
    return 1;
  if (
    word === "and" &&
    head.length === 1 &&
    plain(left) &&
    !lex.firstNames.has(left) &&
    isJoinable(tokens[j + 1]) &&
    tokens[j + 1]!.text !== "The"
  ) {
    for (let k = j + 1; k < j + 4 && isJoinable(tokens[k]); k++)
      if (BODY_WORDS.has(tokens[k]!.text.toLowerCase()) && !isJoinable(tokens[k + 1])) return 1;
  }
  return 0;
}
