// content/_data/published-urls.json: every URL the site has published, with what it showed
// ("article:<seed>", "person:<name>", "tag:<name>", "section:<slug>"). Committed with the
// content, so that when a URL disappears (a person renamed or merged, a slug changed by an
// editor) the build knows it existed and redirects it. Sorted, one entry a line: the same
// site always gives the same bytes, and a diff shows what was published.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ConfigError } from "../errors.ts";
import { permalinks } from "../urls.ts";
import { makeFolder } from "../make-folder.ts";

export const PUBLISHED_URLS_FILE = join("_data", "published-urls.json");

/** Site-relative URL without the deploy prefix → what it showed. */
export type PublishedUrls = Map<string, string>;

export interface PublishedEntities {
  articles: readonly { slug: string; source: string }[];
  people: readonly { name: string }[];
  tags: readonly { name: string }[];
  sections: readonly { slug: string }[];
}

/** The URLs a site model publishes: each article, person, tag and section page. */
export function publishedUrlsOf(model: PublishedEntities): PublishedUrls {
  const urls: PublishedUrls = new Map();
  for (const article of model.articles)
    urls.set(permalinks.article(article.slug), `article:${article.source}`);
  for (const person of model.people)
    urls.set(permalinks.person(person.name), `person:${person.name}`);
  for (const tag of model.tags) urls.set(permalinks.tag(tag.name), `tag:${tag.name}`);
  for (const section of model.sections)
    urls.set(permalinks.section(section.slug), `section:${section.slug}`);
  return urls;
}

export function readPublishedUrls(contentDir: string): PublishedUrls {
  const file = join(contentDir, PUBLISHED_URLS_FILE);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return new Map();
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(
      file,
      `is not valid JSON (${(error as Error).message}); restore it from version control`,
    );
  }
  if (
    typeof raw !== "object" ||
    raw === null ||
    Array.isArray(raw) ||
    Object.values(raw).some((value) => typeof value !== "string")
  ) {
    throw new ConfigError(
      file,
      `expected a map of URL → "kind:name", as Gazette writes it; restore it from version control`,
    );
  }
  return new Map(Object.entries(raw as Record<string, string>));
}

/** What was published before and what is published now; the current page wins a URL. */
export function mergePublishedUrls(
  remembered: PublishedUrls,
  current: PublishedUrls,
): PublishedUrls {
  return new Map([...remembered, ...current]);
}

/** The file's text: keys sorted by code point, so it never depends on build order. */
export function formatPublishedUrls(urls: PublishedUrls): string {
  const sorted = [...urls.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${JSON.stringify(Object.fromEntries(sorted), null, 1)}\n`;
}

/** Writes the file when its text changes; true when it did. */
export function writePublishedUrls(contentDir: string, urls: PublishedUrls): boolean {
  const file = join(contentDir, PUBLISHED_URLS_FILE);
  const text = formatPublishedUrls(urls);
  let old: string | undefined;
  try {
    old = readFileSync(file, "utf8");
  } catch {
    old = undefined;
  }
  if (old === text) return false;
  makeFolder(dirname(file));
  // Written beside and renamed, so a killed build leaves the old file or the new one.
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
  return true;
}
