// The kicker of a site without sections: the topic the article is most about. The first tag is
// only the first name the extractor met ("Iraq" above a games review that mentions Iraq once),
// so each tag is ranked by where the article names it: in the headline first, then in the
// lede, then by how often in the body. Ties go to the topic with more articles on the site.

export interface SalienceInput {
  title: string;
  description: string;
  body: string;
  tags: readonly string[];
}

/**
 * @example
 * salientTopic({ title: "N64 review", description: "", body: "…in Iraq… the N64…", tags: ["Iraq", "N64"] })
 * //=> "N64"
 */
export function salientTopic(
  article: SalienceInput,
  articlesPerTag: ReadonlyMap<string, number> = new Map(),
): string | undefined {
  if (article.tags.length === 0) return undefined;
  const title = article.title.toLowerCase();
  const lede = article.description.toLowerCase();
  const body = article.body.toLowerCase();
  let best: string | undefined;
  let bestRank: number[] = [];
  for (const tag of article.tags) {
    const name = tag.toLowerCase();
    const rank = [
      Math.min(1, occurrences(title, name)),
      Math.min(1, occurrences(lede, name)),
      occurrences(body, name),
      articlesPerTag.get(tag) ?? 0,
    ];
    if (best === undefined || outranks(rank, bestRank)) {
      best = tag;
      bestRank = rank;
    }
  }
  return best;
}

/** Compares ranks position by position; an equal rank keeps the earlier tag. */
function outranks(rank: readonly number[], other: readonly number[]): boolean {
  for (let i = 0; i < rank.length; i++) if (rank[i] !== other[i]) return rank[i]! > other[i]!;
  return false;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whole-word occurrences of `name` in `text` (both lower case): "us" is not found in "bus". */
export function occurrences(text: string, name: string): number {
  if (name === "") return 0;
  let count = 0;
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
    const before = text[at - 1];
    const after = text[at + name.length];
    if (
      (before === undefined || !WORD_CHARACTER.test(before)) &&
      (after === undefined || !WORD_CHARACTER.test(after))
    )
      count++;
  }
  return count;
}
