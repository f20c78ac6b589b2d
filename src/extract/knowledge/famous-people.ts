// Who a bare surname means when an article gives no fuller name: "Obama" in a story that
// never says "Barack" is Barack Obama, because one bearer of that surname is far more
// prominent than any other. Built from the popular Wikipedia titles (wikipedia-titles.ts):
// a person-shaped title ("barack obama": a known first name, then one or two name words) is a
// candidate for its last word, and its prominence is how many titles contain it ("barack
// obama", "presidency of barack obama", "family of barack obama" → 3). A surname resolves
// only when one candidate stands clearly above the others, or is the only title that uses the
// surname at all ("putin" → Vladimir Putin; "heller" is two people, "ryan" dozens); works and fictional worlds
// ("harry potter", which titles call a universe or franchise) are never candidates.
import { foldName } from "../fold-name.ts";
import { loadLexicon } from "../load-lexicon.ts";
import { isEnglishWord } from "./english-words.ts";
import { isWikipediaTitle, wikipediaTitles } from "./wikipedia-titles.ts";

interface Candidate {
  /** The title's words, lower-case ("barack", "obama"). */
  words: string[];
  prominence: number;
  /** No other title uses the surname at all: "putin" appears only in titles about Vladimir Putin. */
  soleBearer: boolean;
  /** No other title ends with the surname: "kerry washington" does not count against John Kerry, "macy's" against Bill Macy. */
  soleSurnameBearer: boolean;
  /** The first word is a known first name ("barack obama"), not only an unknown word ("pervez musharraf"). */
  personShaped: boolean;
}

/**
 * Titles that show their subject is a work or a fictional world, not a person: "fictional
 * universe of harry potter", "spider-man in other media", "alternative versions of spider-man",
 * "harry potter and the goblet of fire" (a series' instalment), "x (film)". The subject is
 * the part the marker wraps.
 */
const WORK_MARKERS: readonly RegExp[] = [
  /^(?:fictional universe of|characters? (?:of|in)|magic in|outline of|alternative versions of) (.+)$/,
  /^list of (.+) characters$/,
  /^(.+) \((?:film|novel|band|character|franchise|tv series|comics|video game)\)$/,
  /^(.+) in (?:video games|other media|comics)$/,
  /^production of the (.+) films$/,
  /^(.+) and the (?:[a-z-]+ ){0,3}(?:of|stone|secrets|prince|prisoner|hallows|child|fire|phoenix)(?: .+)?$/,
];

/** The subject a title marks as a work or a fictional world, if it marks one. */
function workSubject(title: string): string | undefined {
  for (const marker of WORK_MARKERS) {
    const m = marker.exec(title);
    if (m) return m[1];
  }
  return undefined;
}

const NOT_NAME_WORDS = new Set([
  "of",
  "the",
  "and",
  "in",
  "on",
  "at",
  "for",
  "from",
  "with",
  "by",
  "to",
  "a",
  "an",
  "de",
  "la",
  "le",
]);

/** Titles that must name a person before a bare surname is taken for them: the person has an article about their life or office besides their own. */
const MIN_PROMINENCE = 3;

let index: Map<string, Candidate[]> | undefined;
let works: Set<string> | undefined;

function knownWorks(): Set<string> {
  if (works) return works;
  works = new Set<string>();
  for (const t of wikipediaTitles()) {
    const subject = workSubject(t);
    if (subject) works.add(subject);
  }
  return works;
}

/**
 * The encyclopaedia knows the name as a work or a fictional world ("Harry Potter", "James
 * Bond", "Spider-Man"): a name a story uses for a character or a franchise, not a person.
 * @example isKnownWork("Harry Potter") //=> true
 * @example isKnownWork("Tony Blair") //=> false
 */
export function isKnownWork(name: string): boolean {
  return knownWorks().has(name.toLowerCase());
}

function buildIndex(): Map<string, Candidate[]> {
  const titles = wikipediaTitles();
  const lex = loadLexicon();
  const works = knownWorks();
  // How many titles contain each run of two or three words: one pass over the titles.
  const containing = new Map<string, number>();
  for (const t of titles) {
    const w = t.split(" ");
    const runs = new Set<string>();
    for (let i = 0; i < w.length; i++)
      for (let n = 2; n <= 3 && i + n <= w.length; n++) runs.add(w.slice(i, i + n).join(" "));
    for (const r of runs) containing.set(r, (containing.get(r) ?? 0) + 1);
  }
  const titlesWithWord = new Map<string, number>();
  for (const t of titles)
    for (const w of new Set(t.split(" "))) titlesWithWord.set(w, (titlesWithWord.get(w) ?? 0) + 1);
  // "kerry washington" uses "kerry" as a first name, no rival to John Kerry for the surname;
  // "catherine heller" and "joseph heller" both end in it.
  const titlesEndingWith = new Map<string, string[]>();
  for (const t of titles) {
    const last = t.slice(t.lastIndexOf(" ") + 1);
    titlesEndingWith.set(last, [...(titlesEndingWith.get(last) ?? []), t]);
  }
  const out = new Map<string, Candidate[]>();
  for (const t of titles) {
    const words = t.split(" ");
    if (words.length < 2 || words.length > 3 || works.has(t)) continue;
    if (!words.every((w) => /^\p{L}[\p{L}'’.-]*$/u.test(w) && !NOT_NAME_WORDS.has(w))) continue;
    const personShaped = lex.firstNames.has(foldName(words[0]!)) || lex.famousPeople.has(t);
    // "pervez musharraf": a first name the lists lack, before a surname; a candidate only for a
    // surname the article titles ("President Musharraf"), never "rolling stones" for "Stones".
    const foreignShaped =
      !personShaped &&
      words.length === 2 &&
      !lex.commonWords.has(words[0]!) &&
      !lex.places.has(words[0]!) &&
      !lex.organisations.has(words[0]!) &&
      !isEnglishWord(words[0]!);
    if ((!personShaped && !foreignShaped) || lex.commonWords.has(words.at(-1)!)) continue;
    const key = foldName(words.at(-1)!);
    const list = out.get(key) ?? [];
    const prominence = containing.get(t) ?? 1;
    const soleSurnameBearer = (titlesEndingWith.get(words.at(-1)!) ?? []).every((other) =>
      other.includes(t),
    );
    const soleBearer = titlesWithWord.get(words.at(-1)!) === prominence;
    list.push({ words, prominence, soleBearer, soleSurnameBearer, personShaped });
    out.set(key, list);
  }
  return out;
}

/**
 * The one famous person a bare surname means, as lower-case words, or undefined when the
 * surname is unknown or several bearers are comparably famous.
 * @example famousBearerOf("Obama") //=> ["barack", "obama"]
 * @example famousBearerOf("Smith") //=> undefined
 */
export function famousBearerOf(
  surname: string,
  /**
   * The title the article gives the lone surname: with one ("Mr. Depp", "Secretary Kerry") the
   * surname is surely a person's, so a bearer no other title shares the surname with will do;
   * an office ("Sen. Portman") is never an actor's or a singer's.
   */
  title: "none" | "courtesy" | "office" = "none",
): string[] | undefined {
  index ??= buildIndex();
  const all = index.get(foldName(surname)) ?? [];
  const candidates = all.filter((c) => c.personShaped);
  // Only a titled surname may mean a bearer whose first name the lists lack, and only the one
  // title that ends in it.
  if (!candidates.length) {
    const only =
      all.length === 1 && title !== "none" && all[0]!.soleSurnameBearer ? all[0] : undefined;
    return only && !(title === "office" && isEntertainer(only.words)) ? only.words : undefined;
  }
  const [best, next] = [...candidates].sort(
    (a, b) => b.prominence - a.prominence || a.words.join(" ").localeCompare(b.words.join(" ")),
  );
  const stands =
    (!next && (best!.soleBearer || (title !== "none" && best!.soleSurnameBearer))) ||
    (best!.prominence >= MIN_PROMINENCE && best!.prominence >= 2 * (next?.prominence ?? 0));
  if (!stands || (title === "office" && isEntertainer(best!.words))) return undefined;
  return best!.words;
}

/** The encyclopaedia lists the person's films or records ("natalie portman filmography"): an actor or a musician, no office holder. */
function isEntertainer(words: readonly string[]): boolean {
  const name = words.join(" ");
  return isWikipediaTitle(`${name} filmography`) || isWikipediaTitle(`${name} discography`);
}

/**
 * Every person the encyclopaedia titles with this surname, as lower-case words, most
 * prominent first: who a bare surname could mean.
 * @example bearersOf("Clinton") //=> [["bill", "clinton"], ["chelsea", "clinton"], ["hillary", "clinton"]]
 */
export function bearersOf(surname: string): string[][] {
  index ??= buildIndex();
  return [...(index.get(foldName(surname)) ?? [])]
    .filter((c) => c.personShaped)
    .sort(
      (a, b) => b.prominence - a.prominence || a.words.join(" ").localeCompare(b.words.join(" ")),
    )
    .map((c) => c.words);
}
