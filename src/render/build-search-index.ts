// Static full-text search: after the pages are written, Pagefind reads the article pages (only
// elements marked data-pagefind-body are indexed; data-pagefind-filter marks people and topics)
// and its index and UI are written into <out>/pagefind/. The index is split into shards
// (search-shards.ts); a shard whose pages are the ones (same paths, sizes and modification
// times) it was last built from is kept as it is, so a rebuild after one story changed
// re-indexes one shard. Pagefind's files go through the changed-file writer: a file is written
// only when its bytes changed, and files of an older index are removed, not left to pile up.
// pagefind/shards.json lists the other shards for the search page, which merges them.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import { hashText } from "../hash.ts";
import { writeFileAtomic } from "../write-file-atomic.ts";
import { permalinks } from "../urls.ts";
import { SEARCH_DIR, searchShardCount, searchShardDir, searchShardOf } from "./search-shards.ts";
import { ChangedFileWriter } from "./write-changed-files.ts";

export { SEARCH_DIR } from "./search-shards.ts";

/** Lists the shards beside pagefind/ for the search page; see templates/assets/search.js. */
export const SHARD_LIST = "shards.json";

// pagefind's package exports hide its package.json; its entry point sits in lib/ beside it.
const PAGEFIND_VERSION = (
  JSON.parse(
    readFileSync(
      join(dirname(fileURLToPath(import.meta.resolve("pagefind"))), "../package.json"),
      "utf8",
    ),
  ) as { version: string }
).version;

/** The search page loads these from pagefind/ only; other shards need just the index and its loader. */
const UI_FILE = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

export class SearchIndexError extends Error {
  constructor(reasons: readonly string[]) {
    super(
      `The search index could not be built: ${reasons.join("; ")}. The pages are written; run the build again, and report the message if it repeats.`,
    );
    this.name = "SearchIndexError";
  }
}

export interface SearchIndexOptions {
  language: string;
  /** See search-shards.ts; site.json's `searchShardSize`. */
  articlesPerShard: number;
  /** Where the record of the last index is kept (outside the site). */
  cacheDir: string;
}

export interface SearchIndexReport {
  /** Article pages in the index. */
  pages: number;
  shards: number;
  /** The shards indexed again by this run; the others were kept. */
  reindexed: number[];
}

interface ShardRecord {
  inputs: string;
  files: string[];
}

/** Indexes the article pages under `outDir`, re-indexing only the shards whose pages changed. */
export async function buildSearchIndex(
  outDir: string,
  options: SearchIndexOptions,
): Promise<SearchIndexReport> {
  const pages = listArticleHtml(outDir);
  const shardCount = searchShardCount(pages.length, options.articlesPerShard);
  const members: ArticleHtml[][] = Array.from({ length: shardCount }, () => []);
  for (const page of pages) members[searchShardOf(page.path, shardCount)]!.push(page);

  const cacheName = hashText(outDir, 12);
  const recordPath = join(options.cacheDir, `search-${cacheName}.json`);
  const previous = readRecord(recordPath);
  const record: Record<string, ShardRecord> = {};
  const writer = new ChangedFileWriter(
    join(outDir, SEARCH_DIR),
    join(options.cacheDir, `search-files-${cacheName}.json`),
  );
  const reindexed: number[] = [];
  let serviceStarted = false;
  try {
    for (let shard = 0; shard < shardCount; shard++) {
      const inputs = shardInputs(members[shard]!, { ...options, shard, shardCount });
      const kept = previous[shard];
      if (kept?.inputs === inputs && writer.reuseAll(kept.files, inputs)) {
        record[shard] = kept;
        continue;
      }
      serviceStarted = true;
      const files = await indexShard(
        outDir,
        members[shard]!.map((page) => page.path),
        options.language,
      );
      const dir = searchShardDir(shard).slice(SEARCH_DIR.length + 1);
      const written: string[] = [];
      for (const file of files) {
        if (shard > 0 && UI_FILE.test(file.path)) continue;
        writer.write(dir + file.path, file.content, inputs);
        written.push(dir + file.path);
      }
      record[shard] = { inputs, files: written.sort() };
      reindexed.push(shard);
    }
  } finally {
    if (serviceStarted) await pagefind.close();
  }
  const others = Array.from({ length: shardCount - 1 }, (_, index) =>
    searchShardDir(index + 1).slice(SEARCH_DIR.length + 1),
  );
  writer.write(SHARD_LIST, `${JSON.stringify({ shards: others })}\n`);
  writer.finish();
  writeRecord(recordPath, record);
  return { pages: pages.length, shards: shardCount, reindexed };
}

/** Pages handed to Pagefind at a time. */
const ADD_BATCH = 64;

async function indexShard(outDir: string, pages: readonly string[], language: string) {
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: language.split("-")[0]!.toLowerCase(),
  });
  if (!index) throw new SearchIndexError(errors);
  // In batches: all of a shard's pages sent at once sit in the pipe's buffer, encoded, until
  // Pagefind reads them, long enough for V8 to move them to the old generation and grow the
  // heap by hundreds of megabytes at 10,000 articles.
  const failed: string[] = [];
  for (let start = 0; start < pages.length; start += ADD_BATCH) {
    const batch = pages.slice(start, start + ADD_BATCH);
    const added = await Promise.all(
      batch.map((page) =>
        index.addHTMLFile({ sourcePath: page, content: readFileSync(join(outDir, page), "utf8") }),
      ),
    );
    for (const result of added) failed.push(...result.errors);
  }
  if (failed.length) throw new SearchIndexError(failed);
  const { files, errors: fileErrors } = await index.getFiles();
  if (fileErrors.length) throw new SearchIndexError(fileErrors);
  await index.deleteIndex();
  return files;
}

/** What a shard is made from: its pages as written (path, size, modification time) and how it is indexed. */
function shardInputs(
  pages: readonly ArticleHtml[],
  settings: { language: string; shard: number; shardCount: number },
): string {
  const stamps = pages.map((page) => `${page.path}\0${page.size}\0${page.mtimeMs}`);
  return hashText(
    [PAGEFIND_VERSION, settings.language, settings.shard, settings.shardCount, ...stamps].join(
      "\n",
    ),
    32,
  );
}

interface ArticleHtml {
  /** "articles/<slug>/index.html" */
  path: string;
  size: number;
  mtimeMs: number;
}

/** Every article page with its size and modification time (one stat each), sorted. Only article pages carry data-pagefind-body. */
function listArticleHtml(outDir: string): ArticleHtml[] {
  const articlesDir = permalinks.article("").replace(/^\/|\/+$/g, "");
  let slugs: string[];
  try {
    slugs = readdirSync(join(outDir, articlesDir));
  } catch {
    return [];
  }
  const pages: ArticleHtml[] = [];
  for (const slug of slugs) {
    const path = `${articlesDir}/${slug}/index.html`;
    const stats = statSync(join(outDir, path), { throwIfNoEntry: false });
    if (stats?.isFile()) pages.push({ path, size: stats.size, mtimeMs: stats.mtimeMs });
  }
  return pages.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function readRecord(path: string): Record<string, ShardRecord> {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Record<string, ShardRecord>;
  } catch {
    return {};
  }
}

function writeRecord(path: string, record: Record<string, ShardRecord>): void {
  // The writer has made the cache folder for its own manifest.
  writeFileAtomic(path, JSON.stringify(record));
}
