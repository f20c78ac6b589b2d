// Readings that context makes rather than the words themselves: a run in a list of
// names is a person ("Pam Ferris, Victoria Hamilton and Kelly Reilly"), a run of ordinary
// words before "group" is an organisation ("the Reporters Without Borders group"), a
// run before "rum" is a brand, "10 Downing Street" an address. Pure.
import { foldName } from "./fold-name.ts";
import type { NameRun } from "./find-name-runs.ts";
import { isEnglishWord, isProperNoun } from "./knowledge/english-words.ts";
import { loadLexicon, NEVER_NAMES } from "./load-lexicon.ts";
import { isListGap, listLeadIn } from "./mention-context.ts";
import { EVENT_TAIL_WORDS, METONYMS, ORGANISATION_WORDS } from "./organisation-words.ts";
import {
  isInitialPair,
  isNameLike,
  isTitle,
  NOT_PERSON_WORDS,
  type RunReading,
} from "./run-words.ts";
import type { Token } from "./tokenize-text.ts";

export const LOCATIVES = new Set([
  "in",
  "at",
  "near",
  "into",
  "across",
  "through",
  "around",
  "outside",
  "inside",
  "from",
]);

/** "10 Downing Street": an address, not the seat of power. */
export const isAddress = (tokens: readonly Token[], from: number, r: RunReading) =>
  r.kind === "organisation" && /^\d+$/.test(tokens[from - 1]?.text ?? "") && from > 0;
/** "the next Parliament", "Act of Parliament": a term or a law, not the body. */
export const isTermOfParliament = (before: string, r: RunReading) =>
  r.kind === "organisation" &&
  /^(?:Parliament|Congress)$/.test(r.name) &&
  ["next", "last", "previous", "this", "of", "new"].includes(before);

/** A run of two or more capitalised words that context alone marks as an organisation. */
export function readCuedOrganisation(words: string[]): RunReading {
  const lex = loadLexicon();
  const name = ["the", "a", "an"].includes(words[0]?.toLowerCase() ?? "") ? words.slice(1) : words;
  const last = name[name.length - 1]?.toLowerCase() ?? "";
  if (
    name.length < 2 ||
    name.some(
      (w) =>
        (isTitle(w) && !ORGANISATION_WORDS.has(w.toLowerCase())) || lex.demonyms.has(foldName(w)),
    )
  )
    return { kind: "none" };
  if (
    EVENT_TAIL_WORDS.has(last) ||
    METONYMS.has(foldName(name.join(" "))) ||
    /^(north|south|east|west|central|northern|southern|eastern|western)$/i.test(name[0]!)
  )
    return { kind: "none" };
  return { kind: "organisation", name: name.join(" ") };
}

/** Lower-case product nouns after a name make it a brand ("Havana Club rum", "Chivas Regal whisky"). */
export const PRODUCT_NOUNS = new Set([
  "rum",
  "whisky",
  "whiskey",
  "vodka",
  "brandy",
  "gin",
  "wine",
  "beer",
  "lager",
  "cigarettes",
  "cider",
  "champagne",
  "tequila",
  "liqueur",
  "cereal",
  "biscuits",
  "chocolate",
  "perfume",
]);
export const isBrand = (tokens: readonly Token[], to: number) =>
  PRODUCT_NOUNS.has(tokens[to]?.text ?? "");

/** A run that context alone marks as a person ("actor Christian Slater", a name in a list of names). */
export function readCuedPerson(words: string[]): RunReading {
  const lex = loadLexicon();
  // "Steven Hall, a former officer,": after a known first name, such a word that the dictionary
  // also lists as a surname ("Hall", "Day") is one; "Albert Hall" has no person's cue.
  const surnameToo = (w: string, i: number) =>
    i === words.length - 1 &&
    words.length === 2 &&
    lex.firstNames.has(foldName(words[0]!)) &&
    isProperNoun(w);
  const bad = (w: string, i: number) =>
    (NOT_PERSON_WORDS.has(w.toLowerCase()) && !surnameToo(w, i)) ||
    NEVER_NAMES.has(w.toLowerCase()) ||
    /-\p{Lu}$|^\p{Lu}{2,}$|^I['’]/u.test(w);
  if (
    words.length === 0 ||
    words.length > 4 ||
    words[0]!.toLowerCase() === "the" ||
    !words.every((w) => isNameLike(w) || isInitialPair(w)) ||
    words.some(bad)
  )
    return { kind: "none" };
  // "Unfortunately, the president …": a lone ordinary word the dictionary knows as no name.
  if (words.length === 1)
    return isOrdinaryWord(words[0]!) || (isEnglishWord(words[0]!) && !isProperNoun(words[0]!))
      ? { kind: "none" }
      : { kind: "single", word: words[0]! };
  // "Dutchman Arnoud Okken", "Compatriots Mulugeta Wondimu": a leading descriptor is no part of the name.
  const name =
    words.length >= 3 &&
    (lex.commonWords.has(foldName(words[0]!)) || /(?:man|woman|men|women)$/.test(words[0]!))
      ? words.slice(1)
      : words;
  // "pollster Celinda Lake", "Gwenda Bond, a spokeswoman": a surname that is also a word, after a
  // first name, when the dictionary lists it as a name too.
  const surnameWord =
    name.length >= 2 &&
    // A first name either list knows, or a word no dictionary has ("Gwenda").
    (isAnyFirstName(name[0]!) || !isEnglishWord(name[0]!)) &&
    isProperNoun(name[name.length - 1]!) &&
    (!NOT_PERSON_WORDS.has(name[name.length - 1]!.toLowerCase()) ||
      surnameToo(name[name.length - 1]!, words.length - 1));
  if (
    (isOrdinaryWord(name[name.length - 1]!) && !surnameWord) ||
    (lex.commonWords.has(foldName(name[0]!)) &&
      !lex.firstNames.has(foldName(name[0]!)) &&
      name[0] !== words[0])
  )
    return { kind: "none" };
  return { kind: "person", words: name, titled: false };
}

/** A first name of either list ("Celinda", "Kim", "Randy"). */
export function isAnyFirstName(word: string): boolean {
  const lex = loadLexicon();
  const key = foldName(word);
  return lex.firstNames.has(key) || lex.anyListedFirstNames.has(key);
}

/** An ordinary English word that is not also a first name ("Order", "Dead"; not "Grace"). */
export function isOrdinaryWord(word: string): boolean {
  const lex = loadLexicon();
  const key = foldName(word);
  return lex.commonWords.has(key) && !lex.firstNames.has(key);
}

/** Per run: "person" or "organisation" when it stands in a list that says so ("Pam Ferris, Victoria Hamilton and Kelly Reilly"). */
export type ListCue = "person" | "organisation" | "place" | undefined;
export function listCues(
  tokens: readonly Token[],
  runs: readonly NameRun[],
  mains: readonly RunReading[],
): ListCue[] {
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
    for (
      let next = nextMember(i);
      next &&
      !runs[members[members.length - 1]!]!.possessive &&
      isListGap(tokens, next.gapFrom, runs[next.k]!.from);
      next = nextMember(next.k)
    ) {
      joined ||= tokens
        .slice(next.gapFrom, runs[next.k]!.from)
        .some((t) => /^(and|or)$/.test(t.text));
      members.push(next.k);
    }
    if (runs[members[members.length - 1]!]!.possessive) members.pop();
    if (members.length >= 2 && (joined || members.length >= 3)) {
      const lead = listLeadIn(tokens, runs[i]!.from);
      const person = members.some((k) => {
        const m = mains[k]!;
        return m.kind === "person" && (m.titled || !m.weakEvidence) && m.words.length >= 2;
      });
      const kinds = members.map((k) => mains[k]!.kind);
      const places =
        kinds.filter((k) => k === "place").length >= 2 &&
        !kinds.includes("person") &&
        !kinds.includes("organisation");
      const cue = lead ?? (person ? "person" : places ? "place" : undefined);
      for (const k of members) out[k] = cue;
    }
    i = Math.max(i + 1, members.length >= 2 ? members[members.length - 1]! + 1 : i + 1);
  }
  return out;
}
