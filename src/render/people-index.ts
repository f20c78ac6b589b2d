// The people index as a paper prints it: A–Z by surname ("Blair, Tony"), one group per letter,
// and in each letter the people named in a single article folded away, so an index of
// hundreds of passing mentions stays short. Pure; sorted with Intl.Collator.
import { initialOf, type LetterGroup } from "./index-order.ts";

export interface IndexName {
  /** How the index prints the name: "Blair, Tony", "von der Leyen, Ursula", "King, Martin Luther, Jr." */
  display: string;
  /** What it is sorted and filed by: surname first, without lower-case particles ("Leyen, Ursula von der"). */
  key: string;
}

// Lower-case words that belong to the surname that follows: "Ursula von der Leyen", "Luiz Inácio
// Lula da Silva". Capitalised they are a name of their own ("Paul Van Dyk" files under V).
const PARTICLES = new Set([
  "al",
  "bin",
  "da",
  "das",
  "de",
  "degli",
  "dei",
  "del",
  "della",
  "der",
  "di",
  "do",
  "dos",
  "du",
  "el",
  "ibn",
  "la",
  "le",
  "st",
  "te",
  "ten",
  "ter",
  "van",
  "von",
  "zu",
]);
// Generational suffixes that follow the given names in an index: "King, Martin Luther, Jr."
const SUFFIX = /^(jr|sr|ii|iii|iv|v)\.?$/i;
// An editor's disambiguation, kept at the end: "Michael Jackson (singer)".
const QUALIFIER = /\s*(\([^)]*\))$/;

/**
 * A person's name as an index lists it, surname first.
 * @example
 * indexName("Tony Blair") //=> { display: "Blair, Tony", key: "Blair, Tony" }
 * indexName("Ursula von der Leyen") //=> { display: "von der Leyen, Ursula", key: "Leyen, Ursula von der" }
 * indexName("Madonna") //=> { display: "Madonna", key: "Madonna" }
 */
export function indexName(name: string): IndexName {
  const qualifier = QUALIFIER.exec(name)?.[1];
  const words = name.replace(QUALIFIER, "").trim().split(/\s+/).filter(Boolean);
  const suffix =
    words.length > 2 && SUFFIX.test(words[words.length - 1]!) ? words.pop()! : undefined;
  const tail = [suffix, qualifier].filter(Boolean);
  if (words.length < 2) {
    const single = [words.join(" "), ...tail].filter(Boolean).join(" ");
    return { display: single, key: single };
  }
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!)) start--;
  const particles = words.slice(start, -1);
  const surname = words[words.length - 1]!;
  const given = words.slice(0, start).join(" ");
  const after = (text: string) =>
    [text, ...(suffix ? [`, ${suffix}`] : []), ...(qualifier ? [` ${qualifier}`] : [])].join("");
  return {
    display: after(`${[...particles, surname].join(" ")}, ${given}`),
    key: after(`${surname}, ${[given, ...particles].join(" ")}`),
  };
}

export interface IndexEntry<T> {
  person: T;
  name: IndexName;
}

export interface PeopleLetterGroup<T> extends LetterGroup<IndexEntry<T>> {
  /** People named in more than one article: always shown. */
  items: IndexEntry<T>[];
  /** People named in one article only: folded away on the page. */
  once: IndexEntry<T>[];
}

/**
 * People in letter groups by surname, each group sorted with `Intl.Collator(language)`,
 * letters A–Z then "#"; within a letter, those named once apart from the rest.
 */
export function peopleIndex<T extends { name: string; articles: readonly unknown[] }>(
  people: readonly T[],
  language = "en",
): PeopleLetterGroup<T>[] {
  const collator = new Intl.Collator(language, { sensitivity: "base", numeric: true });
  const entries = people
    .map((person) => ({ person, name: indexName(person.name) }))
    .sort(
      (a, b) =>
        collator.compare(a.name.key, b.name.key) ||
        (a.name.display < b.name.display ? -1 : a.name.display > b.name.display ? 1 : 0),
    );
  const groups = new Map<string, PeopleLetterGroup<T>>();
  for (const entry of entries) {
    const letter = initialOf(entry.name.key);
    let group = groups.get(letter);
    if (!group)
      groups.set(
        letter,
        (group = {
          letter,
          id: letter === "#" ? "letter-other" : `letter-${letter.toLowerCase()}`,
          items: [],
          once: [],
        }),
      );
    (entry.person.articles.length > 1 ? group.items : group.once).push(entry);
  }
  return [...groups.values()].sort((a, b) =>
    a.letter === "#" ? 1 : b.letter === "#" ? -1 : a.letter < b.letter ? -1 : 1,
  );
}
