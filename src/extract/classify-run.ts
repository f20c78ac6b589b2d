// Reads one capitalised run as a person, place or organisation. Order matters and each
// step says why: seats of power and party names first (fixed readings), then places,
// then a title split ("Defense Secretary" + "Pete Hegseth"), then organisation words
// (which beat first names: "George Washington University" is no person), then name
// evidence (known first name, initial, surname), else nothing. Pure.
import { canonicalPlace, INSTITUTION_PLACES } from "./canonical-places.ts";
import { foldName } from "./fold-name.ts";
import { loadLexicon, NEVER_NAMES } from "./load-lexicon.ts";
import { NON_ORGANISATION_ACRONYMS, ORGANISATION_TAIL_WORDS, ORGANISATION_WORDS, PARTY_ALIASES } from "./organisation-words.ts";
import { HONORIFICS, OFFICE_TITLES, PEERAGE_TITLES, ROLE_DROP_LEADING, ROLE_MODIFIERS } from "./title-words.ts";

export type RunReading =
  | { kind: "person"; words: string[]; role?: string; titled: boolean; honorific?: string; weakEvidence?: boolean }
  | { kind: "place"; name: string }
  | { kind: "organisation"; name: string }
  | { kind: "single"; word: string }
  | { kind: "none" };

export interface ClassifiedRun {
  main: RunReading;
  /** Places and organisations named inside a role ("Norway" in "Norway Prime Minister"). */
  inside: RunReading[];
}

const NAME_SUFFIXES = new Set(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]);
/** Words that make a run an event, award or work rather than a person ("Milton Shulman Award"). */
const NOT_PERSON_WORDS = new Set([
  "award", "awards", "prize", "prizes", "cup", "trophy", "championship", "championships", "games", "olympics", "olympic",
  "league", "festival", "show", "election", "review", "inquiry", "act", "bill", "report", "open", "grand", "prix",
  "marathon", "series", "tour", "day", "week", "year", "war", "world", "life", "code", "monologues", "babes", "scotch",
]);
const bare = (w: string) => w.toLowerCase().replace(/\.$/, "");
const isInitial = (w: string) => /^\p{Lu}\.$/u.test(w);
const isAcronym = (w: string) => /^(?:\p{Lu}\.?){2,6}$/u.test(w) || /^\p{Lu}{2,}\d?$/u.test(w) || /^\p{Lu}{1,3}\d{1,3}$/u.test(w);

function isTitle(word: string): boolean {
  const b = bare(word);
  return HONORIFICS.has(b) || OFFICE_TITLES.has(b) || PEERAGE_TITLES.has(b);
}

/** A word that can be part of a personal name. */
function isNameLike(word: string): boolean {
  const b = bare(word);
  if (isInitial(word) || NAME_SUFFIXES.has(b)) return true;
  if (isTitle(word) || ROLE_MODIFIERS.has(b) || ORGANISATION_WORDS.has(b)) return false;
  if (isAcronym(word)) return false;
  return !loadLexicon().demonyms.has(foldName(word));
}

/** Reads a run's words; `weakStart` means the first word's capital proves nothing. */
export function classifyRun(input: readonly string[], weakStart: boolean): ClassifiedRun {
  const lex = loadLexicon();
  let words = [...input];
  while (words.length > 0 && ROLE_DROP_LEADING.has(words[0]!.toLowerCase())) words = words.slice(1), (weakStart = false);
  if (weakStart && words.length > 0) {
    const first = foldName(words[0]!);
    const firstTwo = foldName(words.slice(0, 2).join(" "));
    const fixed = PARTY_ALIASES[first] || PARTY_ALIASES[firstTwo] || INSTITUTION_PLACES[first] || INSTITUTION_PLACES[firstTwo] || canonicalPlace(words.slice(0, 2).join(" "));
    const known = lex.firstNames.has(first) || lex.places.has(first) || isTitle(words[0]!) || lex.organisations.has(first) || isAcronym(words[0]!);
    if (lex.commonWords.has(first) && !known && !fixed) words = words.slice(1), (weakStart = false);
  }
  if (words.length === 0) return { main: { kind: "none" }, inside: [] };
  const phrase = words.join(" ");
  const key = foldName(phrase);
  if (INSTITUTION_PLACES[key]) return { main: { kind: "organisation", name: INSTITUTION_PLACES[key]! }, inside: [] };
  if (PARTY_ALIASES[key]) return { main: { kind: "organisation", name: PARTY_ALIASES[key]! }, inside: [] };
  const place = canonicalPlace(phrase);
  if (place) return { main: { kind: "place", name: place }, inside: [] };

  // Title split: the longest tail of name-like words is the name, the rest the role.
  let cut = words.length;
  while (cut > 0 && isNameLike(words[cut - 1]!)) cut--;
  if (cut === words.length && words.length >= 2 && isTitle(words[words.length - 1]!) && isNameLike(words[words.length - 2]!)) cut = words.length - 2;
  const prefix = words.slice(0, cut);
  const name = words.slice(cut);
  const titles = prefix.filter(isTitle);
  const ofTail = ["of", "for", "the"].includes(prefix[prefix.length - 1]?.toLowerCase() ?? "");
  if (name.length > 0 && titles.length > 0 && ofTail) return { main: { kind: "none" }, inside: readInsideRole([...prefix, name.join(" ")]) };
  if (name.length > 0 && titles.length > 0 && !name.some((w) => ORGANISATION_WORDS.has(bare(w)))) {
    return { main: titledPerson(prefix, name), inside: readInsideRole(prefix) };
  }
  if (name.length === 0 && titles.length > 0) return { main: { kind: "none" }, inside: readInsideRole(prefix) };
  if (words.length === 1 && ORGANISATION_WORDS.has(bare(words[0]!))) return { main: { kind: "none" }, inside: [] };
  if (words.some((w) => ORGANISATION_WORDS.has(bare(w))) || ORGANISATION_TAIL_WORDS.has(bare(words[words.length - 1]!)) && words.length > 1) {
    return { main: { kind: "organisation", name: phrase }, inside: [] };
  }
  if (lex.organisations.has(key)) return { main: { kind: "organisation", name: phrase }, inside: [] };
  // A known company followed by other words names its product ("Microsoft Outlook" → Microsoft).
  if (words.length > 1 && lex.organisations.has(foldName(words[0]!)) && !lex.commonWords.has(foldName(words[0]!)))
    return { main: { kind: "organisation", name: words[0]! }, inside: [] };
  if (words.length === 1) return { main: readSingle(words[0]!, weakStart), inside: [] };
  return { main: readUntitled(words), inside: [] };
}

function titledPerson(prefix: string[], name: string[]): RunReading {
  const peer = prefix[prefix.length - 1]!;
  if (name.length === 1 && PEERAGE_TITLES.has(bare(peer))) return { kind: "person", words: [peer, ...name], titled: true };
  const honorific = prefix.find((w) => HONORIFICS.has(bare(w)));
  const roleWords = prefix.filter((w) => !HONORIFICS.has(bare(w)));
  while (roleWords.length > 0 && ROLE_DROP_LEADING.has(roleWords[0]!.toLowerCase())) roleWords.shift();
  const role = roleWords.some((w) => OFFICE_TITLES.has(bare(w))) ? roleWords.join(" ") : undefined;
  return { kind: "person", words: trimNameModifiers(name), titled: true, ...(role ? { role } : {}), ...(honorific ? { honorific } : {}) };
}

/** Places and organisations inside a role prefix: "Norway", "NATO", "Microsoft". */
function readInsideRole(prefix: string[]): RunReading[] {
  const found: RunReading[] = [];
  for (const w of prefix) {
    if (isTitle(w) || ROLE_MODIFIERS.has(bare(w))) continue;
    const place = canonicalPlace(w);
    if (place) found.push({ kind: "place", name: place });
    else if (PARTY_ALIASES[foldName(w)]) found.push({ kind: "organisation", name: PARTY_ALIASES[foldName(w)]! });
    else if (isAcronym(w) && !NON_ORGANISATION_ACRONYMS.has(bare(w))) found.push({ kind: "organisation", name: w });
    else if (loadLexicon().organisations.has(foldName(w))) found.push({ kind: "organisation", name: w });
  }
  return found;
}

function readSingle(word: string, weakStart: boolean): RunReading {
  const lex = loadLexicon();
  if (/^I['’]/u.test(word)) return { kind: "none" };
  const key = foldName(word);
  if (isAcronym(word)) {
    if (NON_ORGANISATION_ACRONYMS.has(bare(word)) || lex.commonWords.has(key)) return { kind: "none" };
    return { kind: "organisation", name: word };
  }
  if (lex.demonyms.has(key)) return { kind: "none" };
  if (lex.organisations.has(key) && !(weakStart && lex.commonWords.has(key))) return { kind: "organisation", name: word };
  if (isTitle(word) || ROLE_MODIFIERS.has(bare(word)) || NEVER_NAMES.has(key) || NOT_PERSON_WORDS.has(key)) return { kind: "none" };
  return { kind: "single", word };
}

/** A run without title: a person if it carries name evidence. */
function readUntitled(words: string[]): RunReading {
  const lex = loadLexicon();
  const trimmed = trimNameModifiers(words);
  if (trimmed.length > 5 || !trimmed.every(isNameLike)) return { kind: "none" };
  const keys = trimmed.map((w) => foldName(w));
  if (keys.some((k) => NOT_PERSON_WORDS.has(k) || NEVER_NAMES.has(k))) return { kind: "none" };
  const first = keys[0]!;
  const lastWord = [...keys].reverse().find((k) => !NAME_SUFFIXES.has(k.replace(/\.$/, "")))!;
  const strong = lex.firstNames.has(first) || lex.famousPeople.has(keys.join(" ")) || trimmed.some(isInitial);
  const weak = lex.lastNames.has(lastWord) || keys.every((k) => !lex.commonWords.has(k) && !lex.places.has(k) && !lex.organisations.has(k));
  if (!(strong || weak) || trimmed.length < 2) return trimmed.length === 1 ? { kind: "single", word: trimmed[0]! } : { kind: "none" };
  return { kind: "person", words: trimmed, titled: false, ...(strong ? {} : { weakEvidence: true }) };
}

/** Drops leading descriptors before a known first name ("Beatle Paul McCartney" → "Paul McCartney"). */
function trimNameModifiers(words: string[]): string[] {
  const lex = loadLexicon();
  if (words.length < 3 || lex.firstNames.has(foldName(words[0]!))) return words;
  const at = words.findIndex((w, i) => i > 0 && i < words.length - 1 && lex.firstNames.has(foldName(w)));
  return at > 0 ? words.slice(at) : words;
}
