// The route table: for each page template in templates/pages, the site-model values (`gazette.*`)
// its pages read, apart from their own pagination items (each page is keyed by its items; a
// template that also reads the whole list it pages over must declare it).
// A page's key covers exactly these inputs (page-inputs.ts), so a value read but not declared
// would leave pages stale: the renderer checks every read against this table
// (model-reads.ts) and fails the build on an undeclared one. A template missing from the table
// is keyed on the whole model: slower rebuilds, never a stale page. Issue #12: the key used to
// come from a regular expression over template text, which missed `{{ gazette | jsonFeed }}`.
import type { ArticleView } from "./build-site-model.ts";
import type { SitemapData } from "./news-sitemap.ts";
import type { NewsroomModel } from "./newsroom-model.ts";

/** A name of a site-model value: "articles", "updated"... */
export type ModelInput = keyof (NewsroomModel & SitemapData<ArticleView>);

export interface RouteInputs {
  /** Site-model values the route's templates and filters read, beyond each page's own items. */
  readonly reads: readonly ModelInput[];
}

/** Template file name in templates/pages → what its pages read from the site model. */
export const ROUTES: Readonly<Record<string, RouteInputs>> = {
  // Every page in the base layout reads gazette.sectionNav, the navigation's sections (issue #14).
  "404.njk": { reads: ["sectionNav"] },
  "about.njk": { reads: ["articles", "people", "tags", "sectionNav"] }, // counts them
  "article.njk": { reads: ["sectionNav"] }, // pages over gazette.articles
  "feed-json.njk": { reads: ["articles"] }, // the jsonFeed filter reads the newest articles
  "feed.njk": { reads: ["articles", "updated"] },
  "index.njk": { reads: ["sectionNav"] }, // pages over gazette.homePages
  "people.njk": { reads: ["people", "sectionNav"] },
  "person-feed.njk": { reads: ["updated"] }, // pages over gazette.people; atom-feed.njk reads updated
  "person.njk": { reads: ["sectionNav"] }, // pages over gazette.personPages
  "news-sitemap.njk": { reads: ["news"] },
  "redirect.njk": { reads: [] }, // pages over gazette.redirects
  "redirects-file.njk": { reads: ["redirects"] },
  "robots.njk": { reads: [] },
  "search.njk": { reads: ["sectionNav"] },
  "section-feed.njk": { reads: ["updated"] }, // pages over gazette.sections; atom-feed.njk reads updated
  "section.njk": { reads: ["sectionNav"] }, // pages over gazette.sectionPages
  "sitemap.njk": { reads: ["sitemap", "lastmod"] },
  "tag-feed.njk": { reads: ["updated"] }, // pages over gazette.tags; atom-feed.njk reads updated
  "tag.njk": { reads: ["sectionNav"] }, // pages over gazette.tagPages
  "tags-by-count.njk": { reads: ["tags", "sectionNav"] },
  "tags.njk": { reads: ["tags", "sectionNav"] },
};

/**
 * The model values a route's pages are keyed on: its declared reads, or every value of the
 * model when the route is not in the table. Sorted, so the key does not depend on table order.
 * @example modelInputsOf("feed.njk", model) //=> ["articles", "updated"]
 */
export function modelInputsOf(
  templateName: string,
  model: object,
  routes: Readonly<Record<string, RouteInputs>> = ROUTES,
): string[] {
  const declared = routes[templateName];
  return [...(declared ? declared.reads : Object.keys(model))].sort();
}
