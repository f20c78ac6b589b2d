// Static full-text search: after Eleventy has written the site, Pagefind reads the article
// pages (only elements marked data-pagefind-body are indexed; data-pagefind-filter marks
// people and topics) and writes its index and UI into <out>/pagefind/. The UI finds the index
// next to its own script, so the search page works under any path prefix.
import * as pagefind from "pagefind";

export const SEARCH_DIR = "pagefind";

/** The pages the index is built from, relative to the output folder. */
export const ARTICLE_PAGES = "articles/**/*.html";

export class SearchIndexError extends Error {
  constructor(reasons: readonly string[]) {
    super(`The search index could not be built: ${reasons.join("; ")}. The pages are written; run the build again, and report the message if it repeats.`);
    this.name = "SearchIndexError";
  }
}

/** Indexes the HTML under `outDir`; returns how many pages went into the index. */
export async function buildSearchIndex(outDir: string, language: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language.split("-")[0]!.toLowerCase() });
  try {
    if (!index) throw new SearchIndexError(errors);
    // Only article pages carry data-pagefind-body; reading the tag, person and index pages too
    // cost 4 of Pagefind's 17.5 s at 10,000 articles for nothing.
    const added = await index.addDirectory({ path: outDir, glob: ARTICLE_PAGES });
    if (added.errors.length) throw new SearchIndexError(added.errors);
    const written = await index.writeFiles({ outputPath: `${outDir}/${SEARCH_DIR}` });
    if (written.errors.length) throw new SearchIndexError(written.errors);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
