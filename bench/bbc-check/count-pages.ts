// Articles' people and tags → the person and tag pages a build makes, each with its article
// count. Names that share a URL slug are one page under the spelling most articles use, as in
// src/render/build-site-model.ts: the check must count the pages a reader sees.
import { nameSlug } from "../../src/urls.ts";

export interface PageCount {
  /** The page's name: the spelling most of its articles use. */
  name: string;
  /** Articles that link to the page. */
  articles: number;
  /** Their seeds ("sport/217.txt"), sorted: where to read the name in context. */
  sources: string[];
}

export interface ArticleNames {
  source: string;
  names: readonly string[];
}

/**
 * One page per slug among the articles' names, sorted by article count, then A–Z.
 * @example countPages([{ source: "a.txt", names: ["Tony Blair"] }, { source: "b.txt", names: ["Tony Blair", "Blair"] }])
 * //=> [{ name: "Tony Blair", articles: 2, sources: ["a.txt", "b.txt"] }, { name: "Blair", articles: 1, sources: ["b.txt"] }]
 */
export function countPages(articles: readonly ArticleNames[]): PageCount[] {
  const groups = new Map<string, { spellings: Map<string, number>; sources: string[] }>();
  for (const { source, names } of articles) {
    const seen = new Set<string>();
    for (const name of names) {
      const slug = nameSlug(name);
      let group = groups.get(slug);
      if (!group) groups.set(slug, (group = { spellings: new Map(), sources: [] }));
      group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
      if (!seen.has(slug)) group.sources.push(source);
      seen.add(slug);
    }
  }
  return [...groups.values()]
    .map(({ spellings, sources }) => ({
      name: mostUsed(spellings),
      articles: sources.length,
      sources: sources.sort(),
    }))
    .sort((a, b) => b.articles - a.articles || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The most used spelling; on a tie the first A–Z (render's rule too). */
function mostUsed(spellings: Map<string, number>): string {
  const sorted = [...spellings.keys()].sort();
  return sorted.reduce((best, spelling) =>
    spellings.get(spelling)! > spellings.get(best)! ? spelling : best,
  );
}
