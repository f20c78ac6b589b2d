// Articles' people and tags → the person and tag pages a build makes, each with its article
// count. Names that share a URL slug are one page under the spelling most articles use, as in
// src/render/build-site-model.ts: the check must count the pages a reader sees.
import { nameSlug } from "../../src/urls.ts";

export interface PageCount {
  /** The page's name: the spelling most of its articles use. */
  name: string;
  /** Articles that link to the page. */
  articles: number;
}

/**
 * One page per slug among the given names lists (one list per article), sorted by article
 * count, then A–Z.
 * @example countPages([["Tony Blair"], ["Tony Blair", "Blair"]])
 * //=> [{ name: "Tony Blair", articles: 2 }, { name: "Blair", articles: 1 }]
 */
export function countPages(namesPerArticle: readonly (readonly string[])[]): PageCount[] {
  const groups = new Map<string, { spellings: Map<string, number>; articles: number }>();
  for (const names of namesPerArticle) {
    const seen = new Set<string>();
    for (const name of names) {
      const slug = nameSlug(name);
      let group = groups.get(slug);
      if (!group) groups.set(slug, (group = { spellings: new Map(), articles: 0 }));
      group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
      if (!seen.has(slug)) group.articles += 1;
      seen.add(slug);
    }
  }
  return [...groups.values()]
    .map(({ spellings, articles }) => ({ name: mostUsed(spellings), articles }))
    .sort((a, b) => b.articles - a.articles || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The most used spelling; on a tie the first A–Z (render's rule too). */
function mostUsed(spellings: Map<string, number>): string {
  const sorted = [...spellings.keys()].sort();
  return sorted.reduce((best, spelling) => (spellings.get(spelling)! > spellings.get(best)! ? spelling : best));
}
