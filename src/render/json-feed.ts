// The site's JSON Feed (https://jsonfeed.org/version/1.1): the latest articles for feed readers
// and tools that prefer JSON to Atom.
import type { SiteConfig } from "../site-config.ts";
import { absoluteUrl, type SiteUrls } from "../urls.ts";
import type { SiteModel } from "./build-site-model.ts";

export const FEED_LENGTH = 50;

export function jsonFeed(model: SiteModel, site: SiteConfig, urls: SiteUrls): string {
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: site.title,
    description: site.description,
    language: site.language,
    home_page_url: absoluteUrl(site.url, urls.home()),
    feed_url: absoluteUrl(site.url, urls.jsonFeed()),
    authors: [
      { name: site.publisher.name, ...(site.publisher.url ? { url: site.publisher.url } : {}) },
    ],
    items: model.articles.slice(0, FEED_LENGTH).map((article) => ({
      id: article.absoluteUrl,
      url: article.absoluteUrl,
      title: article.title,
      summary: article.description,
      content_html: article.html,
      date_published: article.date,
      ...(article.updated ? { date_modified: article.updated } : {}),
      ...(article.byline?.length ? { authors: article.byline.map((name) => ({ name })) } : {}),
      tags: [...article.tags, ...article.people],
    })),
  };
  return JSON.stringify(feed, null, 1);
}
