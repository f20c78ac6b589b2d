// The editorial layer of the site model (issue #14): sections and their fronts, each article's
// kicker (its section, or its most salient topic on a site without sections), its byline and
// its update, added to what build-site-model.ts makes.
import type { SiteConfig } from "../site-config.ts";
import { makeUrls } from "../urls.ts";
import type { ArticleView, Link, SiteModel } from "./build-site-model.ts";
import type { Unpublished } from "./publication.ts";
import { salientTopic } from "./salient-topic.ts";
import { buildSections, sectionPages, type SectionPage, type SectionView } from "./sections.ts";
import type { RedirectView } from "./site-redirects.ts";

/** What an article view gains here; plain values only (page-inputs.ts keys articles by JSON). */
export interface NewsroomArticleFields {
  /** The label above the headline: the section, else the most salient topic. */
  kicker?: { name: string; url?: string };
  /** "Ann Lee and Bo Chan"; absent when the page names no byline (the publisher signs it). */
  bylineText?: string;
  unpublished?: Unpublished;
}

export type NewsroomArticle = ArticleView & NewsroomArticleFields;

export interface NewsroomModel extends SiteModel {
  articles: NewsroomArticle[];
  sections: SectionView[];
  sectionPages: SectionPage[];
  /**
   * The sections as plain links, for the navigation on every page. Every page's key includes
   * what its templates name (page-inputs.ts): naming `sections` there, whose articles change
   * with any story, would render every page again after any edit.
   */
  sectionNav: Link[];
  /** Old URLs and where they lead now (site-redirects.ts); empty until filled in. */
  redirects: RedirectView[];
}

export function addNewsroom(model: SiteModel, site: SiteConfig, pathPrefix: string): NewsroomModel {
  const urls = makeUrls(pathPrefix);
  const sections = buildSections(model.articles, site.sections, urls);
  const sectionBySlug = new Map(
    sections.flatMap((section) =>
      section.articles.map((article) => [article.slug, section] as const),
    ),
  );
  const articlesPerTag = new Map(model.tags.map((tag) => [tag.name, tag.articles.length]));
  const articles: NewsroomArticle[] = model.articles;
  for (const article of articles) {
    const section = sectionBySlug.get(article.slug);
    if (section) {
      article.kicker = { name: section.name, url: section.url };
    } else {
      const topic = salientTopic(article, articlesPerTag);
      const link =
        topic === undefined ? undefined : article.tagLinks.find((tag) => tag.name === topic);
      if (link) article.kicker = link;
    }
    if (article.byline?.length) article.bylineText = joinNames(article.byline);
  }
  const pages = sectionPages(sections, site.pageSize, urls);
  const sectionNav = sections.map((section) => ({ name: section.name, url: section.url }));
  return {
    ...model,
    sections,
    sectionPages: pages,
    sectionNav,
    redirects: [],
    sitemap: [...model.sitemap, ...pages.map((page) => page.url)],
  };
}

/** ["A"] → "A"; ["A", "B", "C"] → "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
