// Reads the name part of a run once the classifier has ruled out places, events and
// organisations: a titled name ("Defense Secretary" + "Pete Hegseth"), a lone word
// (an acronym, a known company, else a possible surname), or an untitled name that
// needs evidence (a known first name, an initial, a surname, or only unknown words). Pure.
import { canonicalPlace } from "./canonical-places.ts";
import { lexiconTags } from "./compromise-lexicon.ts";
import { foldName } from "./fold-name.ts";
import { isEnglishWord, isProperNoun } from "./knowledge/english-words.ts";
import { isWikipediaTitle } from "./knowledge/wikipedia-titles.ts";
import { loadLexicon, NEVER_NAMES } from "./load-lexicon.ts";
import { NON_ORGANISATION_ACRONYMS } from "./organisation-words.ts";
import {
  bare,
  isAcronym,
  isFamousSingle,
  isInitial,
  isInitialPair,
  isNameLike,
  isPluralOffice,
  isTitle,
  NAME_SUFFIXES,
  NOT_PERSON_WORDS,
  splitNameModifiers,
  startsWithInitialPair,
  type RunReading,
} from "./run-words.ts";
import {
  HONORIFICS,
  OFFICE_TITLES,
  PEERAGE_TITLES,
  ROLE_DROP_LEADING,
  ROLE_MODIFIERS,
  TITLE_ABBREVIATIONS,
  WEEKDAY,
} from "./title-words.ts";

export function titledPerson(prefix: string[], name: string[]): RunReading {
  const peer = prefix[prefix.length - 1]!;
  if (name.length === 1 && PEERAGE_TITLES.has(bare(peer)))
    return { kind: "person", words: [peer, ...name], titled: true };
  const honorific = prefix.find((w) => HONORIFICS.has(bare(w)));
  // "Miss Universe", "Miss Marple", "Doctor Who": the encyclopaedia has the whole as a pageant,
  // a character or a show, not a person.
  // "Miss Universe Pageant": the title and the name's first words make one; "Mr. New England":
  // a courtesy title before a place is a nickname for someone, not their name.
  if (
    honorific &&
    (name.some((_, i) => isWikipediaTitle(`${honorific} ${name.slice(0, i + 1).join(" ")}`)) ||
      (name.length >= 2 && canonicalPlace(name.join(" ")) !== undefined))
  )
    return { kind: "none" };
  // "Mr Tambourine Man": a courtesy title before ordinary words names a song or a character.
  if (
    honorific &&
    name.length >= 2 &&
    !loadLexicon().firstNames.has(foldName(name[0]!)) &&
    name.every((w) => isEnglishWord(w.toLowerCase()))
  )
    return { kind: "none" };
  const roleWords = prefix.filter((w) => !HONORIFICS.has(bare(w)));
  while (
    roleWords.length > 0 &&
    ((ROLE_DROP_LEADING.has(roleWords[0]!.toLowerCase()) &&
      roleWords[0]!.toLowerCase() !== "former") ||
      isFunctionWord(roleWords[0]!))
  )
    roleWords.shift();
  // "Justices Alito, Scalia and Thomas": a plural office is the list's, no one's role.
  const role =
    roleWords.some((w) => OFFICE_TITLES.has(bare(w))) && !roleWords.some(isPluralOffice)
      ? roleWords.map((w) => TITLE_ABBREVIATIONS[w.toLowerCase()] ?? w).join(" ")
      : undefined;
  return {
    kind: "person",
    words: splitNameModifiers(name).name,
    titled: true,
    ...(role ? { role } : {}),
    ...(honorific ? { honorific } : {}),
  };
}

const FUNCTION_TAGS = new Set([
  "Preposition",
  "Conjunction",
  "QuestionWord",
  "Adverb",
  "Determiner",
]);

/** "For Lt. Colonel John Schwemmer", "As President Obama", "On Thursday Sen. …": a sentence's opening words before a title are no part of the role. */
function isFunctionWord(word: string): boolean {
  // "On Thursday California Democratic Sen. Dianne Feinstein": a day is when, not who.
  if (WEEKDAY.test(word)) return true;
  return lexiconTags(word.toLowerCase()).some((t) => FUNCTION_TAGS.has(t));
}

export function readSingle(word: string, weakStart: boolean): RunReading {
  const lex = loadLexicon();
  if (/^I['’]/u.test(word)) return { kind: "none" };
  const key = foldName(word);
  if (isAcronym(word)) {
    if (NON_ORGANISATION_ACRONYMS.has(bare(word)) || lex.commonWords.has(key))
      return { kind: "none" };
    return { kind: "organisation", name: word };
  }
  if (lex.demonyms.has(key)) return { kind: "none" };
  if (lex.organisations.has(key) && !(weakStart && lex.commonWords.has(key)))
    return { kind: "organisation", name: word };
  if (
    isTitle(word) ||
    ROLE_MODIFIERS.has(bare(word)) ||
    NEVER_NAMES.has(key) ||
    NOT_PERSON_WORDS.has(key)
  )
    return { kind: "none" };
  // "Authorities say", "Skeptics warned": an ordinary word only its place capitalised, which
  // neither the dictionary nor the name lists know as a name ("Young said", "Holder said" stay).
  if (
    weakStart &&
    isEnglishWord(word) &&
    !isProperNoun(word) &&
    !lex.firstNames.has(key) &&
    !lex.lastNames.has(key)
  )
    return { kind: "none" };
  return { kind: "single", word };
}

/** A run without title: a person if it carries name evidence. */
/** A word that may end a person's name: no ordinary word, place or street word ("Tudor England", "Hart Lane"). */
function isSurnameShaped(key: string): boolean {
  const lex = loadLexicon();
  if (lex.lastNames.has(key) || lex.firstNames.has(key)) return true;
  return !lex.commonWords.has(key) && !lex.places.has(key) && !lex.demonyms.has(key);
}

/** Words that open place names and are also listed as first names ("North Waziristan", "San Bernardino"). */
export const PLACE_NAME_OPENERS =
  /^(?:north|south|east|west|central|northern|southern|eastern|western|upper|lower|new|old|great|little|saint|san|santa|port|fort|mount)$/i;

/**
 * "Randy Kolb", "Al Cardenas": a first name that is also an ordinary word ("randy", "al"),
 * which the dictionary also lists as a name, before a word that is no English word at all. The
 * unknown second word is what makes it a surname: "Grant Park" and "Rose Garden" stay places.
 */
export function isFirstNameBeforeUnknownSurname(first: string, second: string): boolean {
  const lex = loadLexicon();
  const key = foldName(second);
  return (
    !PLACE_NAME_OPENERS.test(first) &&
    lex.anyListedFirstNames.has(foldName(first)) &&
    isProperNoun(first) &&
    // The class this rule is for: first names that are ordinary words too. Other listed names
    // ("Sheffield", "Ferguson") are more often places and surnames.
    (isEnglishWord(first) || lex.commonWords.has(foldName(first))) &&
    /^\p{Lu}\p{Ll}/u.test(second) &&
    !isEnglishWord(second) &&
    !isWikipediaTitle(second) &&
    !lex.places.has(key) &&
    !lex.demonyms.has(key) &&
    !lex.organisations.has(key)
  );
}

export function readUntitled(words: string[]): RunReading {
  const lex = loadLexicon();
  // "Salmon P Chase", "William O Douglas": a middle initial the copy left without its stop.
  const bareInitial = (w: string, i: number) =>
    i > 0 && i < words.length - 1 && /^\p{Lu}$/u.test(w) && w !== "I" && w !== "A";
  const nameLike = (w: string, i: number) =>
    isNameLike(w) ||
    bareInitial(w, i) ||
    (i < words.length - 1 && isInitialPair(w)) ||
    (i === 0 && words.length === 2 && lex.firstNames.has(foldName(w)) && isTitle(w)) ||
    // "Erik Prince", "John Major": an office word as the surname after a first name.
    (i === 1 &&
      words.length === 2 &&
      lex.firstNames.has(foldName(words[0]!)) &&
      isTitle(w) &&
      !HONORIFICS.has(bare(w)));
  if (words.length > 5 || !words.every(nameLike)) return { kind: "none" };
  const keys = words.map((w) => foldName(w));
  // "Bill Almashy": a first name that is also such a word ("bill") before an unknown surname.
  const firstNameFirst =
    words.length === 2 && isFirstNameBeforeUnknownSurname(words[0]!, words[1]!);
  if (
    keys.some(
      (k, i) => (NOT_PERSON_WORDS.has(k) && !(i === 0 && firstNameFirst)) || NEVER_NAMES.has(k),
    )
  )
    return { kind: "none" };
  if (words.some((w) => /-\p{Lu}$/u.test(w))) return { kind: "none" }; // "Bankash-A": a code name
  const first = keys[0]!;
  const lastWord = [...keys].reverse().find((k) => !NAME_SUFFIXES.has(k.replace(/\.$/, "")))!;
  const strong =
    lex.firstNames.has(first) ||
    (words.length === 2 && lex.listedFirstNames.has(first) && isSurnameShaped(keys[1]!)) ||
    (words.length === 2 && isFirstNameBeforeUnknownSurname(words[0]!, words[1]!)) ||
    // "Jean Paul DeJoria": a double first name, the first also a word ("jean").
    (words.length === 3 &&
      lex.firstNames.has(keys[1]!) &&
      lex.anyListedFirstNames.has(first) &&
      isProperNoun(words[0]!)) ||
    isFamousSingle(words[0]!) ||
    lex.famousPeople.has(keys.join(" ")) ||
    words.some((w, i) => isInitial(w) || bareInitial(w, i)) ||
    startsWithInitialPair(words);
  const weak =
    lex.lastNames.has(lastWord) ||
    keys.every((k) => !lex.commonWords.has(k) && !lex.places.has(k) && !lex.organisations.has(k));
  if (!(strong || weak) || words.length < 2)
    return words.length === 1 ? { kind: "single", word: words[0]! } : { kind: "none" };
  return { kind: "person", words, titled: false, ...(strong ? {} : { weakEvidence: true }) };
}
