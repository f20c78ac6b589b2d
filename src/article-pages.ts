// Where article pages live in a content folder and which files there are pages: the one
// answer for ingest (which writes them) and render (which reads them).
import { readdirSync, readFileSync } from "node:fs";
import { fileVersion } from "./file-version.ts";
import { parsePage, type ParsedPage } from "./front-matter.ts";

/** Article pages live in <content>/articles/; ingest writes nowhere else. */
export const ARTICLES_DIR = "articles";

/**
 * The page files in an articles folder, sorted: `*.md`, without dot-files (such as the
 * temporary files of an unfinished write). An absent folder has no pages.
 */
export function listArticlePages(articlesDir: string): string[] {
  try {
    return readdirSync(articlesDir)
      .filter((name) => name.endsWith(".md") && !name.startsWith("."))
      .sort();
  } catch {
    return [];
  }
}

export interface ReadPage {
  text: string;
  parsed: ParsedPage;
}

// Every article page is read and parsed by ingest and again by render in one `gazette build`,
// and by both again on every rebuild of `gazette serve`: 10,000 pages cost about a second each
// time. A page is parsed once per version of its file (inode, size and modification time; ingest
// replaces pages by rename, which gives a new inode). Callers must not change what they get.
const pageCache = new Map<string, { version: string | undefined; page: ReadPage }>();

/** The text of the page at `path` and its parse, from memory while the file is unchanged. */
export function readArticlePage(path: string): ReadPage {
  const version = fileVersion(path);
  const cached = pageCache.get(path);
  if (version !== undefined && cached?.version === version) return cached.page;
  const text = readFileSync(path, "utf8");
  const page = { text, parsed: parsePage(text) };
  pageCache.set(path, { version, page });
  return page;
}

/** Forgets cached pages that are no longer among `paths` (removed pages, other content folders). */
export function forgetArticlePagesExcept(paths: Iterable<string>): void {
  const keep = new Set(paths);
  for (const path of pageCache.keys()) if (!keep.has(path)) pageCache.delete(path);
}
