// Public face of the extractor. Ingest calls these pure functions; everything else in
// this folder is an implementation detail. See each module's header for its rules.
export type { ArticleText, Extraction, ExtractedPerson, ExtractedQuote } from "./types.ts";
export { extractArticle } from "./extract-article.ts";
export { resolveAcrossCorpus } from "./resolve-across-corpus.ts";
export { parseOverrides, type Overrides, type PersonOverride } from "./parse-overrides.ts";
export { applyOverrides } from "./apply-overrides.ts";
export { tagsOf } from "./tags-of.ts";

/** Bump whenever extraction output changes (ingest also keys its cache on a hash of this folder and the knowledge packages, so a forgotten bump serves nothing stale: src/ingest/ingest-memo.ts). */
export const EXTRACTOR_VERSION = "2.9.0";
