// Reads one capitalised run as a person, place or organisation. Order matters and each
// step says why: seats of power and party names first (fixed readings), then places,
// then events and awards (no entity), then a title split ("Defense Secretary" + "Pete
// Hegseth"), then organisation words (which beat first names: "George Washington
// University" is no person), then name evidence (known first name, initial, surname),
// else nothing. Pure.
import { canonicalPlace, INSTITUTION_PLACES } from "./canonical-places.ts";
import { foldName } from "./fold-name.ts";
import { isEnglishWord, isProperNoun } from "./knowledge/english-words.ts";
import { loadLexicon, NEVER_NAMES } from "./load-lexicon.ts";
import {
  EVENT_TAIL_WORDS,
  KNOWN_BODIES,
  ORGANISATION_TAIL_WORDS,
  ORGANISATION_WORDS,
  METONYMS,
  PARTY_ALIASES,
  SINGLE_WORD_INSTITUTIONS,
  SPORT_BODY_HEADS,
} from "./organisation-words.ts";
import { readNamedPlace } from "./named-places.ts";
import {
  isFirstNameBeforeUnknownSurname,
  readSingle,
  readUntitled,
  titledPerson,
} from "./read-names.ts";
import {
  bare,
  isAcronym,
  isInitial,
  isInitialPair,
  isNameLike,
  isTitle,
  NAME_SUFFIXES,
  NOT_PERSON_WORDS,
  readInsideRole,
  splitNameModifiers,
  type RunReading,
} from "./run-words.ts";
import {
  HONORIFICS,
  PEERAGE_TITLES,
  POST_NOMINALS,
  ROLE_DROP_LEADING,
  ROLE_MODIFIERS,
} from "./title-words.ts";

const HONORIFICS_AND_PEERS = new Set([...HONORIFICS, ...PEERAGE_TITLES]);

export type { RunReading } from "./run-words.ts";

export interface ClassifiedRun {
  main: RunReading;
  /** Places and organisations named inside a role ("Norway" in "Norway Prime Minister"). */
  inside: RunReading[];
}

const none: ClassifiedRun = { main: { kind: "none" }, inside: [] };
const org = (name: string, whole?: string): ClassifiedRun => ({
  main: { kind: "organisation", name, ...(whole ? { whole } : {}) },
  inside: [],
});
/** "State-owned", "Taiwan-based" at a sentence start: a descriptor, not a name. */
const isCompoundDescriptor = (w: string) =>
  (/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(w) && loadLexicon().commonWords.has(w.split("-")[1]!)) ||
  /^\p{Lu}[\p{L}-]*-(based|born|bred|owned|run|backed|listed)$/u.test(w);

/**
 * A sentence's first word that only its position capitalises and that no name begins with:
 * an adverb in -ly ("Eventually Asimo"), a hyphenated descriptor ("Man-of-the-match Duff"), a
 * plural job noun ("Bookmakers Ladbrokes"). Known names are never fillers ("Kelly", "Sellers").
 */
function isLeadingFiller(word: string): boolean {
  const lex = loadLexicon();
  const key = foldName(word);
  if (lex.firstNames.has(key) || lex.lastNames.has(key)) return false;
  return (
    /^\p{Lu}\p{Ll}{3,}ly$/u.test(word) ||
    // "Ousting al-Assad is not the goal": a gerund opening the sentence.
    (/^\p{Lu}\p{Ll}{2,}ing$/u.test(word) && isEnglishWord(word.toLowerCase())) ||
    /^\p{Lu}\p{Ll}*(?:-\p{Ll}+)+$/u.test(word) ||
    /^\p{Lu}\p{Ll}{2,}(?:ers|ors|ists|ants|ents|ians|ees)$/u.test(word)
  );
}

/** Reads a run's words; `weakStart` means the first word's capital proves nothing; `locative` means "in/at/near" precedes it. */
export function classifyRun(
  input: readonly string[],
  weakStart: boolean,
  locative = false,
): ClassifiedRun {
  const lex = loadLexicon();
  let words = [...input];
  // "Former"/"then" stay when a title follows: they belong to the role ("Former Liberal Democrat MP").
  const dropsFirst = (w: string) =>
    ROLE_DROP_LEADING.has(w.toLowerCase()) &&
    !(/^(former|then)$/i.test(w) && words.slice(1).some(isTitle));
  // "Hong Kong-based Hutchison Whampoa": the place before "-based" is a place, the rest the name.
  const based = words.findIndex(
    (w, i) => i > 0 && /^\p{Lu}[\p{L}]*-(based|born|bred|owned|run|backed|listed)$/u.test(w),
  );
  if (based > 0 && based < words.length - 1) {
    const place = canonicalPlace(
      [...words.slice(0, based), words[based]!.split("-")[0]!].join(" "),
    );
    const rest = classifyRun(words.slice(based + 1), false, locative);
    return {
      main: rest.main,
      inside: [...(place ? [{ kind: "place" as const, name: place }] : []), ...rest.inside],
    };
  }
  const descriptorPlaces: RunReading[] = [];
  while (words.length > 0 && (dropsFirst(words[0]!) || isCompoundDescriptor(words[0]!))) {
    const place = isCompoundDescriptor(words[0]!)
      ? canonicalPlace(words[0]!.split("-")[0]!)
      : undefined;
    if (place) descriptorPlaces.push({ kind: "place", name: place }); // "Moscow-based US lawyer"
    words = words.slice(1);
    weakStart = false;
  }
  if (descriptorPlaces.length > 0) {
    const rest = classifyRun(words, false, locative);
    return { main: rest.main, inside: [...descriptorPlaces, ...rest.inside] };
  }
  // "And Sen. Dean Heller": a sentence's opening conjunction belongs to no role and no name.
  if (weakStart && words.length > 1 && /^(?:and|but|or|nor|so|yet)$/i.test(words[0]!)) {
    words = words.slice(1);
    weakStart = false;
  }
  if (weakStart && words.length > 0) {
    const first = foldName(words[0]!);
    const firstTwo = foldName(words.slice(0, 2).join(" "));
    const fixed =
      PARTY_ALIASES[first] ||
      PARTY_ALIASES[firstTwo] ||
      INSTITUTION_PLACES[first] ||
      INSTITUTION_PLACES[firstTwo] ||
      canonicalPlace(words.slice(0, 2).join(" "));
    const known =
      lex.firstNames.has(first) ||
      (words.length === 2 && isFirstNameBeforeUnknownSurname(words[0]!, words[1]!)) ||
      (words.length === 3 && /^\p{Lu}\.?$/u.test(words[1]!)) ||
      lex.places.has(first) ||
      isTitle(words[0]!) ||
      lex.organisations.has(first) ||
      isAcronym(words[0]!);
    const headsRole =
      ((ROLE_MODIFIERS.has(first) || ORGANISATION_WORDS.has(first)) &&
        words.slice(1).some(isTitle)) ||
      (SPORT_BODY_HEADS.has(first) && words.length === 2 && Boolean(canonicalPlace(words[1]!)));
    // "Le Monde adds …", "La Stampa reported": a particle opens a name, it is no filler.
    const particle =
      words.length >= 2 && /^(?:le|la|les|de|du|des|van|von|der|den|da|di|del)$/.test(first);
    if (
      (lex.commonWords.has(first) || (words.length >= 2 && isLeadingFiller(words[0]!))) &&
      !known &&
      !fixed &&
      !headsRole &&
      !particle
    ) {
      words = words.slice(1);
      weakStart = false;
    }
  }
  if (words.length === 0) return none;
  const last = bare(words[words.length - 1]!);
  if (words.length >= 2 && POST_NOMINALS.has(last) && isNameLike(words[words.length - 2]!))
    return withPostNominal(words, weakStart);
  const phrase = words.join(" ");
  const key = foldName(phrase);
  if (INSTITUTION_PLACES[key]) return org(INSTITUTION_PLACES[key]!);
  if (PARTY_ALIASES[key]) return org(PARTY_ALIASES[key]!);
  if (KNOWN_BODIES.has(key)) return org(phrase);
  if (METONYMS.has(key)) return none;
  // "Senate Democratic leader", "House Republican": the party, and the body before it.
  const party =
    PARTY_ALIASES[last === "democratic" ? "democrats" : last === "republican" ? "republicans" : ""];
  if (party && words.length >= 2) {
    const rest = classifyRun(words.slice(0, -1), weakStart, locative);
    return { main: { kind: "organisation", name: party }, inside: [rest.main, ...rest.inside] };
  }
  if (words.length >= 2 && /^\d{1,2}$/.test(words[words.length - 1]!)) return org(phrase); // "Channel 4", "Radio 4"
  const place = canonicalPlace(phrase);
  if (place) return { main: { kind: "place", name: place }, inside: [] };
  if (words.length >= 2 && EVENT_TAIL_WORDS.has(last)) return none;
  // "Kyrgyz Republic", "Dominican Republic": a country named by its demonym.
  const demonymLike = (w: string) =>
    lex.demonyms.has(foldName(w)) ||
    (!lex.commonWords.has(foldName(w)) &&
      !lex.firstNames.has(foldName(w)) &&
      !isAcronym(w) &&
      !/(?:ic|ist)$/.test(w));
  if (
    last === "republic" &&
    words.length <= 3 &&
    !lex.organisations.has(key) &&
    words.slice(0, -1).every(demonymLike)
  )
    return { main: { kind: "place", name: phrase }, inside: [] };
  const named = readNamedPlace(words, locative);
  if (named) return { main: { kind: "place", name: named }, inside: [] };

  // "Rob Da Bank", "Giovanni Di Stefano": a first name and a particle make a person's name,
  // whatever word ends it.
  if (
    words.length === 3 &&
    lex.firstNames.has(foldName(words[0]!)) &&
    /^(?:da|de|di|du|van|von|der|del|la|le)$/i.test(words[1]!)
  )
    return { main: { kind: "person", words, titled: false }, inside: [] };
  // Title split: the longest tail of name-like words is the name, the rest the role.
  let cut = words.length;
  // "AG Sessions": an office abbreviated in capitals looks like a name word but is the title.
  const cappedTitle = (w: string) => /^\p{Lu}{2,}$/u.test(w) && isTitle(w);
  while (
    cut > 0 &&
    !cappedTitle(words[cut - 1]!) &&
    (isNameLike(words[cut - 1]!) || (cut < words.length && isInitialPair(words[cut - 1]!)))
  )
    cut--;
  if (
    cut === words.length &&
    words.length >= 2 &&
    isTitle(words[words.length - 1]!) &&
    isNameLike(words[words.length - 2]!)
  )
    cut = words.length - 2;
  // "Dean Martin", "Chase Elliott": a first name that is also a title word, before a lone surname.
  if (
    cut === 1 &&
    words.length === 2 &&
    lex.firstNames.has(foldName(words[0]!)) &&
    !HONORIFICS_AND_PEERS.has(bare(words[0]!)) &&
    !weakStart
  )
    cut = 0;
  // "Sen. Dean Heller", "Rep. Will Hurd", "President Dean E. Vogel": after a title, a first name
  // that is also a title word ("Dean", "Will") before a lone surname (and initials) is the first name.
  if (
    cut >= 2 &&
    cut < words.length &&
    words.slice(cut, -1).every((w) => isInitial(w)) &&
    lex.firstNames.has(foldName(words[cut - 1]!)) &&
    !HONORIFICS_AND_PEERS.has(bare(words[cut - 1]!)) &&
    words.slice(0, cut - 1).some(isTitle)
  )
    cut--;
  // "Rep. Dutch Ruppersberger": an abbreviated title stands right before a first name, so a
  // demonym there is one ("Dutch Prime Minister" keeps its demonym in the role).
  if (
    cut >= 2 &&
    cut === words.length - 1 &&
    lex.demonyms.has(foldName(words[cut - 1]!)) &&
    words[cut - 2]!.endsWith(".") &&
    isTitle(words[cut - 2]!)
  )
    cut--;
  // "Martin Luther King Jr.": a generational suffix is no name by itself; the name runs back
  // to the first first name, whatever title word ("King") it passes.
  if (cut === words.length - 1 && NAME_SUFFIXES.has(words[cut]!.toLowerCase())) {
    const firstName = words.findIndex((w) => lex.firstNames.has(foldName(w)));
    if (firstName >= 0 && firstName < cut - 1) {
      const before = words.slice(0, firstName);
      const whole = { kind: "person" as const, words: words.slice(firstName), titled: false };
      return before.some(isTitle)
        ? { main: titledPerson(before, whole.words), inside: readInsideRole(before) }
        : { main: whole, inside: [] };
    }
  }
  const prefix = words.slice(0, cut);
  const name = words.slice(cut);
  const titles = prefix.filter(isTitle);
  const ofTail = ["of", "for", "the"].includes(prefix[prefix.length - 1]?.toLowerCase() ?? "");
  // "Sen. Bill Nelson", "Rep. Bill Young": after a title, a first name that is also such a word
  // ("bill") opens the name.
  const firstNameAfterTitle = (w: string, i: number) =>
    i === 0 && name.length >= 2 && lex.firstNames.has(foldName(w)) && prefix.some(isTitle);
  const notPerson = name.some(
    (w, i) =>
      ORGANISATION_WORDS.has(bare(w)) ||
      (NOT_PERSON_WORDS.has(bare(w)) && !firstNameAfterTitle(w, i)) ||
      NEVER_NAMES.has(bare(w)),
  );
  if (name.length > 0 && titles.length > 0 && ofTail)
    return { main: { kind: "none" }, inside: readInsideRole([...prefix, name.join(" ")]) };
  if (name.length === 1 && isInitial(name[0]!)) return none; // "Mr P." names nobody we can list
  // "Director of National Intelligence": an office's own last word, not a person after it.
  const officeTail =
    name.length === 1 &&
    prefix.some((w) => /^(?:of|for)$/i.test(w)) &&
    isEnglishWord(name[0]!) &&
    !isProperNoun(name[0]!);
  if (name.length > 0 && titles.length > 0 && !notPerson && !officeTail)
    return { main: titledPerson(prefix, name), inside: readInsideRole(prefix) };
  if (ORGANISATION_WORDS.has(last) && words.length > 1) return org(phrase);
  if (name.length === 0 && titles.length > 0) {
    // "The Scottish Executive", "Northern Ireland Executive": a government, not a role.
    if (
      last === "executive" &&
      words.length > 1 &&
      words.slice(0, -1).every((w) => lex.demonyms.has(foldName(w)) || canonicalPlace(w))
    )
      return org(phrase);
    return { main: { kind: "none" }, inside: readInsideRole(prefix) };
  }
  if (words.length === 1 && SINGLE_WORD_INSTITUTIONS[last])
    return org(SINGLE_WORD_INSTITUTIONS[last]!);
  if (words.length === 2 && SPORT_BODY_HEADS.has(bare(words[0]!)) && canonicalPlace(words[1]!))
    return org(phrase);
  // "Airbus A321", "Boeing 747-400": a maker and its model code.
  if (words.length === 2 && /^\p{Lu}{0,3}\d{2,4}/u.test(words[1]!) && !isAcronym(words[0]!))
    return org(words[0]!, phrase);
  if (words.length === 1 && ORGANISATION_WORDS.has(last)) return none;
  if (
    words.some((w) => ORGANISATION_WORDS.has(bare(w))) ||
    (ORGANISATION_TAIL_WORDS.has(last) && words.length > 1)
  )
    return org(phrase);
  if (lex.organisations.has(key)) return org(phrase);
  // A known company followed by other words names its product ("Microsoft Outlook" → Microsoft),
  // but a company with a place is one name ("AOL Europe").
  if (
    words.length > 1 &&
    lex.organisations.has(foldName(words[0]!)) &&
    !lex.commonWords.has(foldName(words[0]!))
  ) {
    if (canonicalPlace(words.slice(1).join(" "))) return org(phrase);
    return org(words[0]!, phrase);
  }
  if (words.length === 1) return { main: readSingle(words[0]!, weakStart), inside: [] };
  const { dropped, name: personWords } = splitNameModifiers(words);
  return { main: readUntitled(personWords), inside: readInsideRole(dropped) };
}

/** "Margaret Moran MP": the name, titled, with the post-nominal as role when it has none. */
function withPostNominal(words: string[], weakStart: boolean): ClassifiedRun {
  const read = classifyRun(words.slice(0, -1), weakStart);
  const m = read.main;
  if (m.kind === "person")
    return {
      main: { ...m, titled: true, weakEvidence: false, role: m.role ?? words[words.length - 1]! },
      inside: read.inside,
    };
  if (m.kind === "single")
    return {
      main: { kind: "person", words: [m.word], titled: true, role: words[words.length - 1]! },
      inside: read.inside,
    };
  return read;
}
