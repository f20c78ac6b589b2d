// A seed moved into another folder (seeds/a.txt → seeds/world/a.txt) is the same story: same
// text, another path. Ingest knows a page by its seed's path (`source`), so the moved seed got a
// second page under a suffixed URL, and `--prune` then removed the first, taking its URL and
// first publication date with it (issue 13). Here a seed with no page of its own takes over
// the page made from the same text whose seed is gone; ingest keeps that page's file, URL and
// date, and rewrites its source and section.
import type { PageState } from "./stamp-page.ts";

/** What this needs to know of a page in content/articles/. */
export interface PageOfASeed {
  /** The seed the page was made from, as a path under seeds/. */
  source?: string;
  state: PageState;
  /** The hash of the seed text the page was made from. */
  seedHash?: string;
}

/**
 * Seeds whose page was made under another path: new source → that page. Only pages ingest
 * wrote (stamped) are taken over, each by one seed; a seed whose text changed as it moved is
 * a new story.
 * @example
 * movedSeeds(
 *   [{ source: "world/a.txt", textHash: "1f2e" }],
 *   [{ source: "a.txt", state: "pristine", seedHash: "1f2e" }],
 *   (source) => source === "world/a.txt",
 * ) //=> Map { "world/a.txt" => { source: "a.txt", state: "pristine", seedHash: "1f2e" } }
 */
export function movedSeeds<Page extends PageOfASeed>(
  seeds: readonly { source: string; textHash: string }[],
  pages: readonly Page[],
  seedExists: (source: string) => boolean,
): Map<string, Page> {
  const withPage = new Set(pages.flatMap((page) => (page.source ? [page.source] : [])));
  const leftByText = new Map<string, Page>();
  for (const page of pages) {
    if (!page.source || !page.seedHash || page.state === "hand-made") continue;
    if (seedExists(page.source) || leftByText.has(page.seedHash)) continue;
    leftByText.set(page.seedHash, page);
  }
  const moved = new Map<string, Page>();
  for (const seed of seeds) {
    const page = leftByText.get(seed.textHash);
    if (!page || withPage.has(seed.source)) continue;
    leftByText.delete(seed.textHash);
    moved.set(seed.source, page);
  }
  return moved;
}

/**
 * Seeds moved out from under a hand-made page (seeds/a.txt → seeds/world/a.txt, the page's
 * `source` still "a.txt"): new source → that page. A hand-made page has no hash of the text it
 * was made from, so the file name must tell: one page whose seed is gone, and one seed of that
 * name with no page of its own. Ingest writes nothing for such a seed (the page is the person's)
 * and asks for the page's `source` to be brought up to date.
 * @example
 * movedFromHandMadePages(
 *   [{ source: "world/a.txt" }],
 *   [{ source: "a.txt", state: "hand-made" }],
 *   (source) => source === "world/a.txt",
 * ) //=> Map { "world/a.txt" => { source: "a.txt", state: "hand-made" } }
 */
export function movedFromHandMadePages<Page extends PageOfASeed>(
  seeds: readonly { source: string }[],
  pages: readonly Page[],
  seedExists: (source: string) => boolean,
): Map<string, Page> {
  const withPage = new Set(pages.flatMap((page) => (page.source ? [page.source] : [])));
  const fileName = (source: string) => source.slice(source.lastIndexOf("/") + 1);
  const orphansByName = new Map<string, Page[]>();
  for (const page of pages)
    if (page.state === "hand-made" && page.source && !seedExists(page.source)) {
      const name = fileName(page.source);
      orphansByName.set(name, [...(orphansByName.get(name) ?? []), page]);
    }
  const seedsByName = new Map<string, string[]>();
  for (const seed of seeds)
    if (!withPage.has(seed.source)) {
      const name = fileName(seed.source);
      seedsByName.set(name, [...(seedsByName.get(name) ?? []), seed.source]);
    }
  const moved = new Map<string, Page>();
  for (const [name, orphans] of orphansByName) {
    const candidates = seedsByName.get(name) ?? [];
    if (orphans.length === 1 && candidates.length === 1) moved.set(candidates[0]!, orphans[0]!);
  }
  return moved;
}
