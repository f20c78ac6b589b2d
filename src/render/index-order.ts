// Orderings for the topic and people indexes: by number of articles (most covered first) and
// A–Z in letter groups with ids for jump links. Both server-rendered, so they work without
// JavaScript. Pure; the input lists are already sorted A–Z by build-site-model.

export interface Counted {
  name: string;
  articles: readonly unknown[];
}

export interface LetterGroup<T> {
  /** "A"…"Z", or "#" for names that start with anything else. */
  letter: string;
  /** Fragment id for jump links: "letter-a", "letter-other". */
  id: string;
  items: T[];
}

/**
 * Most articles first; equal counts keep their A–Z order (the sort is stable).
 * @example
 * byArticleCount([{ name: "A", articles: [1] }, { name: "B", articles: [1, 2] }]).map((t) => t.name) //=> ["B", "A"]
 */
export function byArticleCount<T extends Counted>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.articles.length - a.articles.length);
}

/**
 * The letter a name is filed under: its first letter without accents, upper case.
 * @example
 * initialOf("Émile Zola") //=> "E"
 * initialOf("3M") //=> "#"
 */
export function initialOf(name: string): string {
  const first = name
    .normalize("NFD")
    .replace(/[^\p{L}\p{N}]/gu, "")
    .charAt(0)
    .toUpperCase();
  const letter = UNDECOMPOSED[first] ?? first;
  return /^[A-Z]$/.test(letter) ? letter : "#";
}

// Latin letters that Unicode does not decompose into a base letter and a mark.
const UNDECOMPOSED: Record<string, string> = {
  Ø: "O",
  Æ: "A",
  Œ: "O",
  Ł: "L",
  Đ: "D",
  Ð: "D",
  Þ: "T",
  SS: "S",
};

/** Groups an A–Z list by initial, letters in order and "#" last. */
export function groupByInitial<T extends { name: string }>(items: readonly T[]): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const letter = initialOf(item.name);
    const group = groups.get(letter) ?? [];
    group.push(item);
    groups.set(letter, group);
  }
  return [...groups.keys()]
    .sort((a, b) => (a === "#" ? 1 : b === "#" ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map((letter) => ({
      letter,
      id: letter === "#" ? "letter-other" : `letter-${letter.toLowerCase()}`,
      items: groups.get(letter)!,
    }));
}
