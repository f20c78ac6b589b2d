// The 300 BBC stories of issue #11 (files 201–260 of each section of ../shared/corpus/bbc, which
// the extractor was not tuned on) ingested with Gazette's own ingest() into a temporary folder,
// and read back as the person and tag pages a build would make. Nothing is written in the repo.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ARTICLES_DIR, listArticlePages, readArticlePage } from "../../src/article-pages.ts";
import { ingest } from "../../src/ingest/index.ts";
import { countPages, type PageCount } from "./count-pages.ts";
import { NO_DECISIONS } from "../../src/review/read-decisions.ts";
import { readSiteArticles } from "../../src/review/read-site-articles.ts";
import { reviewItems } from "../../src/review/review-items.ts";
import { nameSlug } from "../../src/urls.ts";

/** The site's default `reviewThreshold`: names below it wait for an editor and get no page. */
const DEFAULT_REVIEW_THRESHOLD = 0.5;

export const BBC_CORPUS_DIR = resolve(
  fileURLToPath(new URL("../../../shared/corpus/bbc", import.meta.url)),
);
/** Files 201–260 of each section: the sample the hand check is made on. */
export const SAMPLE_FILES = Array.from({ length: 60 }, (_, index) => `${201 + index}.txt`);

export interface SampleResult {
  seeds: number;
  articles: number;
  rejected: number;
  people: PageCount[];
  tags: PageCount[];
  /** The pages a build publishes before any editor's decision (confidence at or above the default threshold). */
  publishedPeople: PageCount[];
  publishedTags: PageCount[];
}

/** Copies the sample into a temporary seeds/ folder, ingests it, counts pages, cleans up. */
export async function ingestSample(corpusDir = BBC_CORPUS_DIR): Promise<SampleResult> {
  const root = mkdtempSync(join(tmpdir(), "gazette-bbc-check-"));
  try {
    const seedsDir = join(root, "seeds");
    const contentDir = join(root, "content");
    mkdirSync(contentDir, { recursive: true });
    let seeds = 0;
    for (const section of readdirSync(corpusDir).sort()) {
      for (const file of SAMPLE_FILES) {
        const from = join(corpusDir, section, file);
        if (!existsSync(from)) continue;
        cpSync(from, join(seedsDir, section, file));
        seeds += 1;
      }
    }
    // A fresh extraction cache in the temp folder: the figures are today's rules, never a cache's.
    const report = await ingest({ seedsDir, contentDir, cacheDir: join(root, "cache") });
    const articlesDir = join(contentDir, ARTICLES_DIR);
    const pages = listArticlePages(articlesDir).flatMap((file) => {
      const { parsed } = readArticlePage(join(articlesDir, file));
      return parsed.ok ? [parsed.data] : [];
    });
    const people = countPages(
      pages.map((page) => ({ source: page.source ?? "", names: page.people })),
    );
    const tags = countPages(pages.map((page) => ({ source: page.source ?? "", names: page.tags })));
    const items = reviewItems(
      readSiteArticles(contentDir).articles,
      NO_DECISIONS,
      DEFAULT_REVIEW_THRESHOLD,
    );
    const published = (kind: "person" | "tag") =>
      new Set(
        items
          .filter((item) => item.kind === kind && item.status === "confident")
          .map((item) => item.slug),
      );
    const publishedPeople = published("person");
    const publishedTags = published("tag");
    return {
      seeds,
      articles: pages.length,
      rejected: report.rejected.length,
      people,
      tags,
      publishedPeople: people.filter((page) => publishedPeople.has(nameSlug(page.name))),
      publishedTags: tags.filter((page) => publishedTags.has(nameSlug(page.name))),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
