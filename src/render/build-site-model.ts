// Articles → everything the templates show: article views with links, tag and person pages
// with their paginated lists, quotes, co-mentions and monthly coverage. Pure and computed once
// per build, so templates only print and never search or sort.
import { DateTime } from "luxon";
import type { SiteConfig } from "../site-config.ts";
import { absoluteUrl, makeUrls, nameSlug, permalinks, type SiteUrls } from "../urls.ts";
import { dedupeQuotes } from "./dedupe-quotes.ts";
import { keepLazyHtml, type LoadedArticle } from "./load-articles.ts";
import { paginate, type ListPage } from "./paginate.ts";
import { normaliseRole } from "./normalise-role.ts";
import { pickRole } from "./rank-roles.ts";
import { compareNewestFirst, relatedArticles } from "./related-articles.ts";
import { boundedCache } from "../remember.ts";

export interface Link {
  name: string;
  url: string;
}

/** A name in an article's list: a link when the name has a page, plain text when it waits for review. */
export interface NameLink {
  name: string;
  url?: string;
}

export interface PersonLink extends NameLink {
  role?: string;
}

/** Slugs of the people and tags that get pages (src/review/): the rest are shown as plain text. */
export interface PublishedNames {
  person: ReadonlySet<string>;
  tag: ReadonlySet<string>;
}

export interface ArticleView extends LoadedArticle {
  url: string;
  permalink: string;
  absoluteUrl: string;
  readingMinutes: number;
  personLinks: PersonLink[];
  tagLinks: NameLink[];
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
  /** At most one: the editor's role or the most specific the articles give. A list, so templates that print `roles[0]` keep working. */
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

export function buildSiteModel(
  loaded: readonly LoadedArticle[],
  site: SiteConfig,
  pathPrefix: string,
  notes: ReadonlyMap<string, PersonNote> = new Map(),
  published?: PublishedNames,
): SiteModel {
  const urls = makeUrls(pathPrefix);
  // No review information (unit tests, other callers): every name has a page, as before review existed.
  const hasPage = (kind: keyof PublishedNames, name: string) =>
    !published || published[kind].has(nameSlug(name));
  const personUrl = (name: string) => (hasPage("person", name) ? urls.person(name) : undefined);
  const sorted = [...loaded].sort(compareNewestFirst);
  const articles: ArticleView[] = sorted.map((article) =>
    keepLazyHtml(article, {
      ...article,
      url: urls.article(article.slug),
      permalink: permalinks.article(article.slug),
      absoluteUrl: absoluteUrl(site.url, urls.article(article.slug)),
      readingMinutes: Math.max(
        1,
        Math.round((article.wordCount ?? article.body.split(/\s+/).length) / WORDS_PER_MINUTE),
      ),
      personLinks: article.people.map((name) => ({
        name,
        url: personUrl(name),
        role: notes.get(name)?.role ?? optionalRole(article.roles?.[name]),
      })),
      tagLinks: article.tags.map((name) => ({
        name,
        url: hasPage("tag", name) ? urls.tag(name) : undefined,
      })),
      related: [] as ArticleView[],
    }),
  );
  linkNeighbours(articles);

  const tags = groupByName(articles, (article) => article.tags)
    .filter((group) => hasPage("tag", group.name))
    .map((group) => entityBase(group.name, group.articles, urls, "tag"));
  const personGroups = groupByName(articles, (article) => article.people);
  const displayName = new Map(
    personGroups.flatMap((group) =>
      group.spellings.map((spelling) => [spelling, group.name] as const),
    ),
  );
  const people = personGroups
    .filter((group) => hasPage("person", group.name))
    .map((group) =>
      describePerson(group, urls, notes.get(group.name), displayName, (name) =>
        hasPage("person", name),
      ),
    );

  const homePages = paginate(articles, site.pageSize, urls.home, permalinks.home);
  const tagPages = tags.flatMap((tag) =>
    paginate(
      tag.articles,
      site.pageSize,
      (n) => urls.tag(tag.name, n),
      (n) => permalinks.tag(tag.name, n),
    ).map((page) => ({ ...page, tag })),
  );
  const personPages = people.flatMap((person) =>
    paginate(
      person.articles,
      site.pageSize,
      (n) => urls.person(person.name, n),
      (n) => permalinks.person(person.name, n),
    ).map((page) => ({ ...page, person })),
  );

  const sitemap = [
    ...homePages.map((page) => page.url),
    ...articles.map((article) => article.url),
    urls.tags(),
    urls.tagsByCount(),
    ...tagPages.map((page) => page.url),
    urls.people(),
    ...personPages.map((page) => page.url),
    urls.search(),
    urls.about(),
  ];
  return {
    articles,
    tags,
    people,
    homePages,
    tagPages,
    personPages,
    sitemap,
    updated: articles[0]?.date ?? "1970-01-01T00:00:00Z",
  };
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

interface NameGroup {
  /** The spelling most articles use ("NATO" over "Nato"); ties go to the first A–Z. */
  name: string;
  /** Every spelling seen, display name included. */
  spellings: string[];
  articles: ArticleView[];
}

// One collator for every comparison: String#localeCompare with options builds a new one per
// call, which made sorting 13,000 names take most of a second.
const byNameAtoZ = new Intl.Collator("en", { sensitivity: "base" });

/**
 * Groups articles by the tag or person names they carry. Names that share a URL slug
 * ("Andrew Lloyd Webber", "Andrew Lloyd-Webber"; "Nato", "NATO") are one entity with one
 * page: two pages cannot have one URL. Groups are sorted A–Z for a stable index.
 */
function groupByName(
  articles: readonly ArticleView[],
  namesOf: (article: ArticleView) => readonly string[],
): NameGroup[] {
  const groups = new Map<string, { counts: Map<string, number>; articles: ArticleView[] }>();
  for (const article of articles) {
    const seen = new Set<string>();
    for (const name of namesOf(article)) {
      const slug = nameSlug(name);
      let group = groups.get(slug);
      if (!group) groups.set(slug, (group = { counts: new Map(), articles: [] }));
      group.counts.set(name, (group.counts.get(name) ?? 0) + 1);
      if (!seen.has(slug)) group.articles.push(article);
      seen.add(slug);
    }
  }
  return [...groups.values()]
    .map(({ counts, articles }) => {
      const spellings = [...counts.keys()].sort();
      const name = spellings.reduce((best, spelling) =>
        counts.get(spelling)! > counts.get(best)! ? spelling : best,
      );
      return { name, spellings, articles };
    })
    .sort(
      (a, b) =>
        byNameAtoZ.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
}

function entityBase(
  name: string,
  articles: ArticleView[],
  urls: SiteUrls,
  kind: "tag" | "person",
): TagView {
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

function describePerson(
  group: NameGroup,
  urls: SiteUrls,
  note: PersonNote | undefined,
  displayName: ReadonlyMap<string, string>,
  hasPage: (name: string) => boolean,
): PersonView {
  const { name, spellings, articles } = group;
  const isThisPerson = (spelling: string | undefined) =>
    spelling !== undefined && displayName.get(spelling) === name;
  // One role, the editor's or the most specific the articles give (issue #11).
  const role =
    note?.role ||
    pickRole(
      articles.flatMap((article) => spellings.map((spelling) => article.roles?.[spelling] ?? "")),
    );
  const roles = role ? [role] : [];
  const aliases = distinct([
    ...spellings,
    ...articles.flatMap((article) =>
      spellings.flatMap((spelling) => article.aliases?.[spelling] ?? []),
    ),
  ]).filter((alias) => alias !== name);
  // Near-duplicate stories repeat a quote: list it once, linked to the story that first gave it.
  const quotes = dedupeQuotes(
    articles.flatMap((article) =>
      (article.quotes ?? [])
        .filter((quote) => isThisPerson(quote.speaker))
        .map((quote) => ({ text: quote.text, article })),
    ),
  );
  const together = new Map<string, number>();
  for (const article of articles) {
    for (const other of new Set(
      article.people.map((spelling) => displayName.get(spelling) ?? spelling),
    )) {
      if (other !== name && hasPage(other)) together.set(other, (together.get(other) ?? 0) + 1);
    }
  }
  const namedWith = [...together.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 8)
    .map(([other, count]) => ({ name: other, url: urls.person(other), count }));
  const person: PersonView = {
    ...entityBase(name, articles, urls, "person"),
    roles,
    aliases,
    quotes,
    namedWith,
  };
  if (note?.bio) person.bio = note.bio;
  return person;
}

/** An article's role for a person as it should read; an empty role is none. */
function optionalRole(role: string | undefined): string | undefined {
  return role?.trim() ? normaliseRole(role) : undefined;
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
  const last = months[months.length - 1]!;
  // "yyyy-MM" strings sort as the months do.
  for (let month = months[0]!; month <= last; month = monthAfter(month))
    result.push({ month, count: counts.get(month) ?? 0 });
  return result;
}

// Every tag and person page walks its months; asking luxon once per distinct month instead of
// once per month per page took building the site model at 10,000 articles from 2.7 s to 1.1 s.
const rememberMonth = boundedCache<string>(10_000);
const monthAfter = (month: string): string =>
  rememberMonth(month, () =>
    DateTime.fromISO(`${month}-01`, { zone: "utc" }).plus({ months: 1 }).toFormat("yyyy-MM"),
  );
