// Sections: the desks a story is filed under (its seed's folder, or the editor's choice in
// articles.yaml), each with a front at /sections/<slug>/ and an Atom feed. site.json orders,
// renames and describes them by slug; sections it does not list follow, A–Z.
import type { SiteConfig } from "../site-config.ts";
import { nameSlug, permalinks, type SiteUrls } from "../urls.ts";
import type { ArticleView, Link } from "./build-site-model.ts";
import { paginate, type ListPage } from "./paginate.ts";

export interface SectionView extends Link {
  slug: string;
  description?: string;
  feedUrl: string;
  feedPermalink: string;
  /** Newest first, as the articles come. */
  articles: ArticleView[];
}

export type SectionPage = ListPage<ArticleView> & { section: SectionView };

/** The sections of `articles` (newest first) in navigation order. */
export function buildSections(
  articles: readonly ArticleView[],
  configured: SiteConfig["sections"],
  urls: SiteUrls,
): SectionView[] {
  const bySlug = new Map<string, { names: Map<string, number>; articles: ArticleView[] }>();
  for (const article of articles) {
    if (!article.section) continue;
    const slug = nameSlug(article.section);
    let group = bySlug.get(slug);
    if (!group) bySlug.set(slug, (group = { names: new Map(), articles: [] }));
    group.names.set(article.section, (group.names.get(article.section) ?? 0) + 1);
    group.articles.push(article);
  }
  const order = new Map(configured.map((entry, index) => [entry.slug, index]));
  return [...bySlug.entries()]
    .map(([slug, group]): SectionView => {
      const entry = configured.find((candidate) => candidate.slug === slug);
      // The spelling most of its stories use, unless site.json renames it.
      const spelling = [...group.names.entries()].sort(
        (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
      )[0]![0];
      const section: SectionView = {
        name: entry?.title ?? spelling,
        slug,
        url: urls.section(slug),
        feedUrl: urls.sectionFeed(slug),
        feedPermalink: permalinks.sectionFeed(slug),
        articles: group.articles,
      };
      if (entry?.description) section.description = entry.description;
      return section;
    })
    .sort(
      (a, b) =>
        (order.get(a.slug) ?? Infinity) - (order.get(b.slug) ?? Infinity) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
}

/** Every page of every section front. */
export function sectionPages(
  sections: readonly SectionView[],
  pageSize: number,
  urls: SiteUrls,
): SectionPage[] {
  return sections.flatMap((section) =>
    paginate(
      section.articles,
      pageSize,
      (n) => urls.section(section.slug, n),
      (n) => permalinks.section(section.slug, n),
    ).map((page) => ({ ...page, section })),
  );
}
