// Word tests shared by the run classifier: what counts as a title, an acronym or a
// word that can be part of a personal name, and the places and organisations named
// inside a role ("Norway" in "Norway Prime Minister"). Pure.
import { canonicalPlace } from "./canonical-places.ts";
import { isEnglishWord, isProperNoun } from "./knowledge/english-words.ts";
import { foldName } from "./fold-name.ts";
import { loadLexicon } from "./load-lexicon.ts";
import {
  NON_ORGANISATION_ACRONYMS,
  ORGANISATION_WORDS,
  PARTY_ALIASES,
} from "./organisation-words.ts";
import { HONORIFICS, OFFICE_TITLES, PEERAGE_TITLES, ROLE_MODIFIERS } from "./title-words.ts";

export type RunReading =
  | {
      kind: "person";
      words: string[];
      role?: string;
      titled: boolean;
      honorific?: string;
      weakEvidence?: boolean;
    }
  | { kind: "place"; name: string }
  | {
      kind: "organisation";
      name: string;
      /** The whole run when `name` is only its company part ("Bayer" of "Bayer Leverkusen"). */ whole?: string;
    }
  | { kind: "single"; word: string }
  | { kind: "none" };

export const NAME_SUFFIXES = new Set(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]);
/** Words that make a run an event, award or work rather than a person ("Milton Shulman Award"). */
export const NOT_PERSON_WORDS = new Set([
  "award",
  "awards",
  "prize",
  "prizes",
  "cup",
  "trophy",
  "championship",
  "championships",
  "games",
  "olympics",
  "olympic",
  "league",
  "festival",
  "show",
  "election",
  "review",
  "inquiry",
  "act",
  "bill",
  "report",
  "reports",
  "fire",
  "wildfire",
  "open",
  "grand",
  "prix",
  "marathon",
  "series",
  "tour",
  "day",
  "week",
  "year",
  "war",
  "world",
  "life",
  "code",
  "monologues",
  "babes",
  "scotch",
  "palace",
  "castle",
  "cathedral",
  "abbey",
  "stadium",
  "arena",
  "hall",
  "tower",
  "bridge",
  "prison",
  "station",
  "hotel",
  "street",
  "road",
  "avenue",
  "square",
  // Function words of French and German slogans and titles ("Je Suis Charlie", "Wir Sind das
  // Volk"): never part of a personal name.
  "je",
  "suis",
  "nous",
  "sommes",
  "vous",
  "est",
  "avec",
  "pour",
  "sans",
  "ich",
  "wir",
  "sind",
  "und",
]);
export const bare = (w: string) => w.toLowerCase().replace(/\.$/, "");
export const isInitial = (w: string) => /^\p{Lu}\.$/u.test(w);
export const isAcronym = (w: string) =>
  /^(?:\p{Lu}\.?){2,6}$/u.test(w) || /^\p{Lu}{2,}\d?$/u.test(w) || /^\p{Lu}{1,3}\d{1,3}$/u.test(w);
/** Two capitals used as a first name's initials ("JD Vance", "AJ Smith", "S.E. Cupp", "T.D. Jakes"). */
export const isInitialPair = (w: string) =>
  /^(?:\p{Lu}{2}|\p{Lu}\.\p{Lu}\.)$/u.test(w) &&
  !canonicalPlace(w) &&
  !canonicalPlace(w.replace(/\./g, "")) &&
  !loadLexicon().organisations.has(w.toLowerCase()) &&
  !loadLexicon().organisations.has(w.replace(/\./g, "").toLowerCase()) &&
  !NON_ORGANISATION_ACRONYMS.has(w.replace(/\./g, "").toLowerCase());

export function isTitle(word: string): boolean {
  const b = bare(word);
  if (HONORIFICS.has(b) || OFFICE_TITLES.has(b) || PEERAGE_TITLES.has(b)) return true;
  // "Justices Alito, Scalia and Thomas", "Sens. Rand Paul and Ted Cruz": an office in the plural.
  if (isPluralOffice(word)) return true;
  // "Governor-turned-President", "Senator-elect": a compound of offices is an office.
  const parts = b.split("-");
  return (
    parts.length > 1 &&
    OFFICE_TITLES.has(parts.at(-1) === "elect" ? parts[0]! : parts.at(-1)!) &&
    /^\p{Lu}/u.test(word)
  );
}

/** A word that can be part of a personal name. */
export function isNameLike(word: string): boolean {
  const b = bare(word);
  if (isInitial(word) || NAME_SUFFIXES.has(b)) return true;
  if (isTitle(word) || ROLE_MODIFIERS.has(b) || ORGANISATION_WORDS.has(b)) return false;
  if (isAcronym(word)) return false;
  return !loadLexicon().demonyms.has(foldName(word));
}

/** "MG Rover" is a company; "JD Vance" a name: initials need a following name that is no ordinary word. */
export const startsWithInitialPair = (words: readonly string[]) =>
  words.length >= 2 &&
  isInitialPair(words[0]!) &&
  !loadLexicon().commonWords.has(foldName(words[1]!)) &&
  !loadLexicon().organisations.has(foldName(words[1]!));

/** Places and organisations inside a role or a descriptor: "Norway", "NATO", "Liberal Democrat". */
export function readInsideRole(prefix: readonly string[]): RunReading[] {
  const found: RunReading[] = [];
  for (let i = 0; i < prefix.length; i++) {
    const w = prefix[i]!;
    const pair =
      i + 1 < prefix.length ? PARTY_ALIASES[foldName(`${w} ${prefix[i + 1]}`)] : undefined;
    if (pair) {
      found.push({ kind: "organisation", name: pair });
      i++;
      continue;
    }
    if (isTitle(w) || ROLE_MODIFIERS.has(bare(w))) continue;
    const place = canonicalPlace(w);
    if (place) found.push({ kind: "place", name: place });
    else if (PARTY_ALIASES[foldName(w)])
      found.push({ kind: "organisation", name: PARTY_ALIASES[foldName(w)]! });
    else if (isAcronym(w) && !NON_ORGANISATION_ACRONYMS.has(bare(w)))
      found.push({ kind: "organisation", name: w });
    else if (loadLexicon().organisations.has(foldName(w)))
      found.push({ kind: "organisation", name: w });
  }
  return found;
}

/** Splits leading descriptors from a name at a known first name ("Beatle Paul McCartney" → "Beatle" + "Paul McCartney"). */
export function splitNameModifiers(words: string[]): { dropped: string[]; name: string[] } {
  const lex = loadLexicon();
  // "G. William Hoagland": a leading initial is part of the name; "Salmon P. Chase", "Salmon P
  // Chase": a middle initial follows a first name, even one that is also a word.
  if (
    words.length < 3 ||
    lex.firstNames.has(foldName(words[0]!)) ||
    isInitial(words[0]!) ||
    (words.length === 3 && /^\p{Lu}\.?$/u.test(words[1]!))
  )
    return { dropped: [], name: words };
  // "South Carolina Republican Trey Gowdy": a first name that ends a place's name ("Carolina",
  // "Virginia") is the place's, and the person's first name comes later.
  const endsPlace = (i: number) => canonicalPlace(`${words[i - 1]} ${words[i]}`) !== undefined;
  const at = words.findIndex(
    (w, i) => i > 0 && i < words.length - 1 && lex.firstNames.has(foldName(w)) && !endsPlace(i),
  );
  // "Liverpool Steven Gerrard" drops the club; "Salah Abu Laban" keeps "Salah", a word no
  // dictionary or list knows, which is a first name the lists lack, not a descriptor.
  const descriptor = (w: string) => {
    const key = foldName(w);
    // "Jean Paul DeJoria": a listed first name before another is a double first name.
    if (
      lex.anyListedFirstNames.has(key) &&
      isProperNoun(w) &&
      !PARTY_ALIASES[key] &&
      !lex.places.has(key) &&
      !lex.organisations.has(key) &&
      !lex.demonyms.has(key)
    )
      return false;
    return (
      isEnglishWord(w) ||
      isAcronym(w) ||
      PARTY_ALIASES[key] !== undefined ||
      lex.places.has(key) ||
      lex.demonyms.has(key) ||
      lex.organisations.has(key)
    );
  };
  // "West Virginia": a word of a place's name describes, whatever else it could be.
  const inPlace = (i: number) =>
    (i > 0 && endsPlace(i)) ||
    (i < words.length - 1 && canonicalPlace(`${words[i]} ${words[i + 1]}`) !== undefined);
  const describes = (w: string, i: number) => descriptor(w) || inPlace(i);
  if (at > 0 && words.slice(0, at).every(describes))
    return { dropped: words.slice(0, at), name: words.slice(at) };
  // "South Carolina Republican Trey Gowdy", with a first name the lists lack: the place and the
  // party before the last two words.
  if (at < 0 && words.length >= 4 && words.slice(0, -2).every(describes) && inPlace(0))
    return { dropped: words.slice(0, -2), name: words.slice(-2) };
  if (at === 1 && !descriptor(words[0]!)) return { dropped: [], name: words };
  // "Dutchman Arnoud Okken", "Compatriots Mulugeta Wondimu": a leading descriptor word.
  if (
    /(?:man|woman|men|women)$/.test(words[0]!) ||
    lex.commonWords.has(foldName(words[0]!).replace(/s$/, ""))
  )
    return { dropped: [words[0]!], name: words.slice(1) };
  return { dropped: [], name: words };
}

/** "Justices", "Sens.", "Reps.": an office title in the plural, which names several people. */
export function isPluralOffice(word: string): boolean {
  return /^\p{Lu}/u.test(word) && PLURAL_OFFICES.has(bare(word));
}

/**
 * Offices written in the plural before several names; not "Chiefs" ("Joint Chiefs of Staff"),
 * "Representatives" ("House of Representatives"), "Governors" ("Board of Governors").
 */
const PLURAL_OFFICES = new Set(["justices", "senators", "sens", "reps", "govs", "gens"]);

/** A single capitalised word the lexicon knows as a person and not as a place ("Pele", "Lee"). */
export function isFamousSingle(word: string): boolean {
  const key = foldName(word);
  const lex = loadLexicon();
  return lex.famousPeople.has(key) && !key.includes(" ") && !canonicalPlace(word);
}
