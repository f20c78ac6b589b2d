// Articles → everything the templates show: article views with links, tag and person pages
// with their paginated lists, quotes, co-mentions and monthly coverage. Pure and computed once
// per build, so templates only print and never search or sort.
import { DateTime } from "luxon";
import type { SiteConfig } from "../site-config.ts";
import { absoluteUrl, makeUrls, nameSlug, permalinks, type SiteUrls } from "../urls.ts";
import type { LoadedArticle } from "./load-articles.ts";
import { paginate, type ListPage } from "./paginate.ts";
import { compareNewestFirst, relatedArticles } from "./related-articles.ts";

export interface Link {
  name: string;
  url: string;
}

export interface PersonLink extends Link {
  role?: string;
}

export interface ArticleView extends LoadedArticle {
  url: string;
  permalink: string;
  absoluteUrl: string;
  readingMinutes: number;
  personLinks: PersonLink[];
  tagLinks: Link[];
  related: ArticleView[];
  previous?: ArticleView;
  next?: ArticleView;
}

export interface MonthCount {
  /** "2025-04" */
  month: string;
  count: number;
}

export interface QuoteView {
  text: string;
  article: ArticleView;
}

export interface TagView extends Link {
  slug: string;
  feedUrl: string;
  feedPermalink: string;
  articles: ArticleView[];
  months: MonthCount[];
}

export interface PersonView extends TagView {
  roles: string[];
  aliases: string[];
  bio?: string;
  quotes: QuoteView[];
  namedWith: (Link & { count: number })[];
}

export interface PersonNote {
  bio?: string;
  role?: string;
}

export interface SiteModel {
  articles: ArticleView[];
  tags: TagView[];
  people: PersonView[];
  homePages: ListPage<ArticleView>[];
  tagPages: (ListPage<ArticleView> & { tag: TagView })[];
  personPages: (ListPage<ArticleView> & { person: PersonView })[];
  /** Site-relative URLs of every HTML page, for the sitemap. */
  sitemap: string[];
  /** Date of the newest article: the feeds' "updated", so builds stay reproducible. */
  updated: string;
}

const WORDS_PER_MINUTE = 230;

export function buildSiteModel(loaded: readonly LoadedArticle[], site: SiteConfig, pathPrefix: string, notes: ReadonlyMap<string, PersonNote> = new Map()): SiteModel {
  const urls = makeUrls(pathPrefix);
  const sorted = [...loaded].sort(compareNewestFirst);
  const articles: ArticleView[] = sorted.map((article) => ({
    ...article,
    url: urls.article(article.slug),
    permalink: permalinks.article(article.slug),
    absoluteUrl: absoluteUrl(site.url, urls.article(article.slug)),
    readingMinutes: Math.max(1, Math.round((article.wordCount ?? article.body.split(/\s+/).length) / WORDS_PER_MINUTE)),
    personLinks: article.people.map((name) => ({ name, url: urls.person(name), role: notes.get(name)?.role ?? article.roles?.[name] })),
    tagLinks: article.tags.map((name) => ({ name, url: urls.tag(name) })),
    related: [],
  }));
  linkNeighbours(articles);

  const tags = groupBy(articles, (article) => article.tags).map(([name, list]) => ({ ...entityBase(name, list, urls, "tag") }));
  const people = groupBy(articles, (article) => article.people).map(([name, list]) => describePerson(name, list, urls, notes.get(name)));

  const homePages = paginate(articles, site.pageSize, urls.home, permalinks.home);
  const tagPages = tags.flatMap((tag) =>
    paginate(tag.articles, site.pageSize, (n) => urls.tag(tag.name, n), (n) => permalinks.tag(tag.name, n)).map((page) => ({ ...page, tag })),
  );
  const personPages = people.flatMap((person) =>
    paginate(person.articles, site.pageSize, (n) => urls.person(person.name, n), (n) => permalinks.person(person.name, n)).map((page) => ({ ...page, person })),
  );

  const sitemap = [
    ...homePages.map((page) => page.url),
    ...articles.map((article) => article.url),
    urls.tags(),
    ...tagPages.map((page) => page.url),
    urls.people(),
    ...personPages.map((page) => page.url),
    urls.search(),
    urls.about(),
  ];
  return { articles, tags, people, homePages, tagPages, personPages, sitemap, updated: articles[0]?.date ?? "1970-01-01T00:00:00Z" };
}

function linkNeighbours(articles: ArticleView[]): void {
  const related = relatedArticles(articles);
  articles.forEach((article, index) => {
    article.related = related.get(article.slug) ?? [];
    // The list runs newest first: the "previous" story is the older one.
    if (index + 1 < articles.length) article.previous = articles[index + 1];
    if (index > 0) article.next = articles[index - 1];
  });
}

/** name → its articles (newest first, as given), names sorted A–Z for a stable index. */
function groupBy(articles: readonly ArticleView[], namesOf: (article: ArticleView) => readonly string[]): [string, ArticleView[]][] {
  const groups = new Map<string, ArticleView[]>();
  for (const article of articles) {
    for (const name of new Set(namesOf(article))) {
      let list = groups.get(name);
      if (!list) groups.set(name, (list = []));
      list.push(article);
    }
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, "en", { sensitivity: "base" }) || (a < b ? -1 : a > b ? 1 : 0));
}

function entityBase(name: string, articles: ArticleView[], urls: SiteUrls, kind: "tag" | "person"): TagView {
  return {
    name,
    slug: nameSlug(name),
    url: kind === "tag" ? urls.tag(name) : urls.person(name),
    feedUrl: kind === "tag" ? urls.tagFeed(name) : urls.personFeed(name),
    feedPermalink: kind === "tag" ? permalinks.tagFeed(name) : permalinks.personFeed(name),
    articles,
    months: countByMonth(articles),
  };
}

function describePerson(name: string, articles: ArticleView[], urls: SiteUrls, note: PersonNote | undefined): PersonView {
  const roles = note?.role ? [note.role] : distinct(articles.map((article) => article.roles?.[name]));
  const aliases = distinct(articles.flatMap((article) => article.aliases?.[name] ?? []));
  const quotes = articles.flatMap((article) => (article.quotes ?? []).filter((quote) => quote.speaker === name).map((quote) => ({ text: quote.text, article })));
  const together = new Map<string, number>();
  for (const article of articles) for (const other of new Set(article.people)) if (other !== name) together.set(other, (together.get(other) ?? 0) + 1);
  const namedWith = [...together.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 8)
    .map(([other, count]) => ({ name: other, url: urls.person(other), count }));
  const person: PersonView = { ...entityBase(name, articles, urls, "person"), roles, aliases, quotes, namedWith };
  if (note?.bio) person.bio = note.bio;
  return person;
}

function distinct(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => Boolean(value)))].sort();
}

/** Articles per calendar month (in the dates' own offsets), oldest first, months without articles included. */
export function countByMonth(articles: readonly { date: string }[]): MonthCount[] {
  const counts = new Map<string, number>();
  for (const article of articles) {
    const month = article.date.slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  const months = [...counts.keys()].sort();
  if (months.length === 0) return [];
  const result: MonthCount[] = [];
  let cursor = DateTime.fromISO(`${months[0]}-01`, { zone: "utc" });
  const last = DateTime.fromISO(`${months[months.length - 1]}-01`, { zone: "utc" });
  while (cursor <= last) {
    const month = cursor.toFormat("yyyy-MM");
    result.push({ month, count: counts.get(month) ?? 0 });
    cursor = cursor.plus({ months: 1 });
  }
  return result;
}
