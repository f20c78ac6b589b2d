// Where article pages live in a content folder and which files there are pages: the one
// answer for ingest (which writes them) and render (which reads them).
import { readdirSync } from "node:fs";

/** Article pages live in <content>/articles/; ingest writes nowhere else. */
export const ARTICLES_DIR = "articles";

/**
 * The page files in an articles folder, sorted: `*.md`, without dot-files (such as the
 * temporary files of an unfinished write). An absent folder has no pages.
 */
export function listArticlePages(articlesDir: string): string[] {
  try {
    return readdirSync(articlesDir).filter((name) => name.endsWith(".md") && !name.startsWith(".")).sort();
  } catch {
    return [];
  }
}
