// What the sitemaps need beyond the list of pages: the articles a Google News sitemap lists
// (those published in the 48 hours before the build's time, src/now.ts), its language code, and
// each article's last modification for <lastmod> in sitemap.xml.
// https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap

/** Google News lists articles published in the last two days, at most 1,000 per sitemap. */
export const NEWS_WINDOW_HOURS = 48;
export const NEWS_SITEMAP_LIMIT = 1000;

const HOUR_MS = 3_600_000;

/**
 * The articles of a news sitemap: published at most `NEWS_WINDOW_HOURS` before `now` and not
 * after it, newest first, at most `NEWS_SITEMAP_LIMIT`.
 * @example
 * newsArticles([{ date: "2025-04-24T09:00:00Z" }], new Date("2025-04-25T09:00:00Z")).length //=> 1
 */
export function newsArticles<T extends { date: string }>(articles: readonly T[], now: Date): T[] {
  const end = now.getTime();
  const start = end - NEWS_WINDOW_HOURS * HOUR_MS;
  return articles
    .map((article) => ({ article, time: Date.parse(article.date) }))
    .filter(({ time }) => time >= start && time <= end)
    .sort((a, b) => b.time - a.time)
    .slice(0, NEWS_SITEMAP_LIMIT)
    .map(({ article }) => article);
}

/**
 * The language code Google News expects: ISO 639 (two or three letters), except Chinese,
 * written zh-cn or zh-tw.
 * @example
 * newsLanguage("en-GB") //=> "en"
 * newsLanguage("zh-Hant-TW") //=> "zh-tw"
 */
export function newsLanguage(bcp47: string): string {
  const [language = "", ...rest] = bcp47.toLowerCase().split(/[-_]/);
  if (language !== "zh") return language;
  if (rest.includes("hant") || rest.includes("tw") || rest.includes("hk") || rest.includes("mo"))
    return "zh-tw";
  return "zh-cn";
}

/**
 * When an article last changed, for <lastmod>: its `updated` date when it has one, else the
 * date it was published.
 * @example
 * lastModified({ date: "2025-04-24T09:00:00Z" }) //=> "2025-04-24T09:00:00Z"
 */
export function lastModified(article: { date: string; updated?: unknown }): string {
  return typeof article.updated === "string" && article.updated !== ""
    ? article.updated
    : article.date;
}

/** What the sitemap templates read from the site model beside its page list. */
export interface SitemapData<T> {
  /** The articles of /news-sitemap.xml. */
  news: T[];
  /** Article URL → its last modification, for <lastmod> in sitemap.xml. */
  lastmod: Record<string, string>;
}

export function sitemapData<T extends { date: string; updated?: unknown; url: string }>(
  articles: readonly T[],
  now: Date,
): SitemapData<T> {
  return {
    news: newsArticles(articles, now),
    lastmod: Object.fromEntries(articles.map((article) => [article.url, lastModified(article)])),
  };
}
