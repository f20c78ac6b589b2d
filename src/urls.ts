// The one place that makes URLs. Every link, permalink, feed entry and sitemap line goes
// through these helpers, so a tag or person URL cannot be spelled two ways.
import { hashText } from "./hash.ts";
import { slugify } from "./slug.ts";

/**
 * Slugs a name may not have: fixed routes beside the tag and person pages (/tags/by-count/).
 * A firm called "By Count" must not take that page's URL and break the build (issue 13, bug 5).
 */
export const RESERVED_NAME_SLUGS: ReadonlySet<string> = new Set(["by-count"]);

/**
 * Slug for a tag or person name; never empty, even for names with no Latin letters, and never
 * a reserved route (it gets a suffix from the name's hash instead).
 * @example
 * nameSlug("NATO") //=> "nato"
 * nameSlug("By Count") //=> "by-count-" + 6 hex digits
 */
export function nameSlug(name: string): string {
  const slug = slugify(name);
  if (slug === "") return `n-${hashText(name.normalize("NFC"), 8)}`;
  return RESERVED_NAME_SLUGS.has(slug) ? `${slug}-${hashText(name.normalize("NFC"), 6)}` : slug;
}

/** "/news" or "/news/" or "news" → "/news/"; "" → "/". */
export function normalisePathPrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? "/").trim().replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

const pageSuffix = (page: number): string => (page > 1 ? `page/${page}/` : "");

/** Site-relative paths of every kind of page, with the path prefix applied. */
export interface SiteUrls {
  home(page?: number): string;
  article(slug: string): string;
  tags(): string;
  /** The topics index ordered by number of articles. */
  tagsByCount(): string;
  tag(name: string, page?: number): string;
  tagFeed(name: string): string;
  people(): string;
  person(name: string, page?: number): string;
  personFeed(name: string): string;
  /** A section front, by the section's slug ("business"). */
  section(slug: string, page?: number): string;
  sectionFeed(slug: string): string;
  /** The file of redirect rules Netlify and Cloudflare Pages read. */
  redirects(): string;
  feed(): string;
  jsonFeed(): string;
  sitemap(): string;
  /** The Google News sitemap: articles of the last 48 hours. */
  newsSitemap(): string;
  search(): string;
  about(): string;
  notFound(): string;
  asset(path: string): string;
}

/**
 * Makes the URL helpers for a site deployed under `pathPrefix`.
 * @example
 * makeUrls("/news/").person("Jonas Gahr Støre") //=> "/news/people/jonas-gahr-store/"
 * makeUrls().tag("NATO", 2) //=> "/tags/nato/page/2/"
 */
export function makeUrls(pathPrefix = "/"): SiteUrls {
  const base = normalisePathPrefix(pathPrefix);
  return {
    home: (page = 1) => `${base}${pageSuffix(page)}`,
    article: (slug) => `${base}articles/${slug}/`,
    tags: () => `${base}tags/`,
    tagsByCount: () => `${base}tags/by-count/`,
    tag: (name, page = 1) => `${base}tags/${nameSlug(name)}/${pageSuffix(page)}`,
    tagFeed: (name) => `${base}tags/${nameSlug(name)}/feed.xml`,
    people: () => `${base}people/`,
    person: (name, page = 1) => `${base}people/${nameSlug(name)}/${pageSuffix(page)}`,
    personFeed: (name) => `${base}people/${nameSlug(name)}/feed.xml`,
    section: (slug, page = 1) => `${base}sections/${slug}/${pageSuffix(page)}`,
    sectionFeed: (slug) => `${base}sections/${slug}/feed.xml`,
    // Hosts read _redirects at the root of what is uploaded, so it carries the prefix too.
    redirects: () => `${base}_redirects`,
    feed: () => `${base}feed.xml`,
    jsonFeed: () => `${base}feed.json`,
    sitemap: () => `${base}sitemap.xml`,
    newsSitemap: () => `${base}news-sitemap.xml`,
    search: () => `${base}search/`,
    about: () => `${base}about/`,
    notFound: () => `${base}404.html`,
    asset: (path) => `${base}${path.replace(/^\/+/, "")}`,
  };
}

/** The URLs as Eleventy permalinks: the same paths without the deploy prefix. */
export const permalinks: SiteUrls = makeUrls("/");

/** Joins the site's origin ("https://example.org") with a site-relative path. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith("/") ? siteUrl : `${siteUrl}/`).href;
}
