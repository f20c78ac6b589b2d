// How the search index is split. Pagefind builds an index from every page it is given, at about
// 1.4 ms a page on this machine: 14 s for 10,000 articles, whatever changed. Split into shards
// of a few hundred to `articlesPerShard` articles, chosen by a hash of the page's path, a rebuild
// re-indexes only the shard of the article that changed; the search page merges the shards
// (Pagefind's mergeIndex). The shard count is a power of two, so it changes (and every shard is
// re-indexed) only when the site doubles in size. Readers pay a little per shard (its entry and
// metadata files, and one more request per word searched; the WebAssembly loads once), so
// shards are kept large.
import { hashText } from "../hash.ts";

export const SEARCH_DIR = "pagefind";

/** 1, 2, 4, 8…: the fewest shards, as a power of two, that keep each under `articlesPerShard`. */
export function searchShardCount(articles: number, articlesPerShard: number): number {
  let shards = 1;
  while (shards * articlesPerShard < articles) shards *= 2;
  return shards;
}

/** The shard a page belongs to: stable for as long as the shard count stays the same. */
export function searchShardOf(pagePath: string, shards: number): number {
  return shards === 1 ? 0 : Number.parseInt(hashText(pagePath, 8), 16) % shards;
}

/** Where a shard is written, relative to the site: shard 0 in pagefind/ with the search UI, the rest beside it. */
export function searchShardDir(shard: number): string {
  // Pagefind takes the site root from the part of the path before "pagefind", so shards live
  // inside pagefind/ and their names must not contain that word.
  return shard === 0 ? `${SEARCH_DIR}/` : `${SEARCH_DIR}/shard-${shard}/`;
}
