// The Gazette render plugin: loads content/ once per build into a site model and gives the
// templates their data (`site`, `gazette`, `urls`) and filters. Templates only print.
import { loadSiteConfig } from "../site-config.ts";
import { absoluteUrl, makeUrls } from "../urls.ts";
import { buildTime } from "../now.ts";
import { buildSiteModel, type ArticleView, type MonthCount } from "./build-site-model.ts";
import { addNewsroom, type NewsroomModel } from "./newsroom-model.ts";
import { selectPublished, showDrafts } from "./publication.ts";
import { siteRedirects } from "./site-redirects.ts";
import { coverageChart } from "./coverage-chart.ts";
import { formatDate, formatMonth, isoDateTime } from "./format-date.ts";
import { jsonForScript } from "./json-ld.ts";
import { jsonFeed } from "./json-feed.ts";
import { latestUpdate } from "./latest-update.ts";
import { byArticleCount, groupByInitial } from "./index-order.ts";
import { loadArticles } from "./load-articles.ts";
import { loadPersonNotes } from "./load-person-notes.ts";
import { loadEditorFiles } from "../review/load-decisions.ts";
import { publishedSlugs, reviewItems } from "../review/review-items.ts";
import { MarkdownRenderer } from "./markdown.ts";
import { pagefindFilterValue } from "./pagefind-filter-value.ts";
import { peopleIndex } from "./people-index.ts";
import { pickPullQuotes } from "./pull-quotes.ts";
import { newsLanguage, sitemapData, type SitemapData } from "./news-sitemap.ts";
import { assetUrls, buildSiteAssets, writeSiteAssets } from "./site-assets.ts";
import { newsArticleData, personData } from "./structured-data.ts";

/**
 * Emitted on Eleventy's config events once per build with the article pages left out of it
 * (ContentError[], maybe empty): the renderer keeps their last good pages, and the CLI prints
 * one line each and exits 1.
 */
export const CONTENT_PROBLEMS_EVENT = "gazette.contentProblems";

export interface GazettePluginOptions {
  contentDir: string;
}

// Eleventy's config API has no published types; this is the part the plugin uses.
export interface EleventyConfig {
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, filter: (...args: any[]) => unknown): void;
  addWatchTarget(path: string): void;
  on(event: string, listener: (...args: any[]) => unknown): void;
  emit(event: string, ...args: unknown[]): unknown;
}

export default function gazettePlugin(
  eleventyConfig: EleventyConfig,
  options: GazettePluginOptions,
): void {
  const { contentDir } = options;
  const markdown = new MarkdownRenderer();
  let pathPrefix = "/";
  eleventyConfig.on(
    "eleventy.config",
    (templateConfig: { getConfig(): { pathPrefix: string } }) => {
      pathPrefix = templateConfig.getConfig().pathPrefix;
    },
  );

  const site = () => loadSiteConfig(contentDir);
  eleventyConfig.addGlobalData("site", site);
  eleventyConfig.addGlobalData("urls", () => makeUrls(pathPrefix));
  eleventyConfig.addGlobalData("gazette", (): NewsroomModel & SitemapData<ArticleView> => {
    const { articles: loaded, problems } = loadArticles(contentDir, markdown);
    void eleventyConfig.emit(CONTENT_PROBLEMS_EVENT, problems);
    // Drafts and embargoed stories are left out before anything is built from the articles.
    // One reading of the clock per build: what is published and what the news sitemap lists
    // agree even when a story's time comes while the site is being built.
    const now = buildTime();
    const drafts = showDrafts();
    const articles = selectPublished(loaded, now.toMillis(), drafts);
    markdown.retainOnly(articles.map((article) => article.body));
    const config = site();
    // People and tags below the review threshold, not approved by the editor, get no page.
    const published = publishedSlugs(
      reviewItems(articles, loadEditorFiles(contentDir).decisions, config.reviewThreshold),
    );
    const model = addNewsroom(
      buildSiteModel(articles, config, pathPrefix, loadPersonNotes(contentDir), published),
      config,
      pathPrefix,
    );
    // A preview with drafts publishes nothing, so it is not remembered as published.
    model.redirects = siteRedirects(model, contentDir, config.url, pathPrefix, !drafts);
    // Frozen so Eleventy's data merge passes it by reference instead of copying it per template.
    return Object.freeze({ ...model, ...sitemapData(model.articles, now.toJSDate()) });
  });

  eleventyConfig.addFilter("readableDate", (iso: string, zone: string, format = "d LLLL yyyy") =>
    formatDate(iso, format, zone),
  );
  eleventyConfig.addFilter("isoDate", (iso: string, zone: string) => isoDateTime(iso, zone));
  eleventyConfig.addFilter("readableMonth", (month: string) => formatMonth(month));
  eleventyConfig.addFilter("absoluteUrl", (path: string, siteUrl: string) =>
    absoluteUrl(siteUrl, path),
  );
  eleventyConfig.addFilter("jsonForScript", jsonForScript);
  eleventyConfig.addFilter("newsArticleData", newsArticleData);
  eleventyConfig.addFilter("personData", personData);
  eleventyConfig.addFilter("jsonFeed", jsonFeed);
  eleventyConfig.addFilter("newsLanguage", newsLanguage);
  // The page of a name in an article's list, or "" when it has none (it waits for review).
  eleventyConfig.addFilter(
    "urlOf",
    (links: { name: string; url?: string }[], name: string) =>
      links.find((link) => link.name === name)?.url ?? "",
  );
  eleventyConfig.addFilter("latestUpdate", latestUpdate);

  eleventyConfig.addFilter("coverageChart", (months: MonthCount[], label: string) =>
    coverageChart(months, { label, formatMonth }),
  );
  eleventyConfig.addFilter("byArticleCount", byArticleCount);
  eleventyConfig.addFilter("groupByInitial", groupByInitial);
  eleventyConfig.addFilter("pagefindFilterValue", pagefindFilterValue);
  eleventyConfig.addFilter("peopleIndex", peopleIndex);
  eleventyConfig.addFilter("pullQuotes", (quotes: Parameters<typeof pickPullQuotes>[0]) =>
    pickPullQuotes(quotes),
  );

  // Fingerprinted CSS, script and fonts: read once per build, written after the pages.
  let assets = buildSiteAssets();
  eleventyConfig.on("eleventy.before", () => {
    assets = buildSiteAssets();
  });
  eleventyConfig.addGlobalData("assets", () => assetUrls(assets, makeUrls(pathPrefix).asset));
  eleventyConfig.on(
    "eleventy.after",
    ({ directories, outputMode }: { directories: { output: string }; outputMode: string }) => {
      if (outputMode === "fs") writeSiteAssets(assets, directories.output);
    },
  );
  eleventyConfig.addWatchTarget("templates/assets/*");
  // content/ is not an Eleventy watch target: `gazette serve` watches it and asks Eleventy to
  // rebuild (src/cli/serve-command.ts). Eleventy's watcher missed pages written into a content
  // folder of thousands of pages outside the project.
}
