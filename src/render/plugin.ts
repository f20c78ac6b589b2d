// The Gazette render plugin: loads content/ once per build into a site model and gives the
// templates their data (`site`, `gazette`, `urls`) and filters. Templates only print.
import { loadSiteConfig } from "../site-config.ts";
import { absoluteUrl, makeUrls } from "../urls.ts";
import { buildTime } from "../now.ts";
import { buildSiteModel, type MonthCount } from "./build-site-model.ts";
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
import { MarkdownRenderer } from "./markdown.ts";
import { assetUrls, buildSiteAssets, writeSiteAssets } from "./site-assets.ts";
import { newsArticleData, personData } from "./structured-data.ts";
import type { ContentError } from "../errors.ts";

/** A page left out of the site is news to its editor: one line each, on every build. */
function reportContentProblems(problems: readonly ContentError[]): void {
  for (const problem of problems) console.warn(`${problem.message}; page left out of the site`);
}

export interface GazettePluginOptions {
  contentDir: string;
}

// Eleventy's config API has no published types; this is the part the plugin uses.
export interface EleventyConfig {
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, filter: (...args: any[]) => unknown): void;
  addWatchTarget(path: string): void;
  on(event: string, listener: (...args: any[]) => unknown): void;
}

export default function gazettePlugin(eleventyConfig: EleventyConfig, options: GazettePluginOptions): void {
  const { contentDir } = options;
  const markdown = new MarkdownRenderer();
  let pathPrefix = "/";
  eleventyConfig.on("eleventy.config", (templateConfig: { getConfig(): { pathPrefix: string } }) => {
    pathPrefix = templateConfig.getConfig().pathPrefix;
  });

  const site = () => loadSiteConfig(contentDir);
  eleventyConfig.addGlobalData("site", site);
  eleventyConfig.addGlobalData("urls", () => makeUrls(pathPrefix));
  eleventyConfig.addGlobalData("gazette", (): NewsroomModel => {
    const { articles: loaded, problems } = loadArticles(contentDir, markdown);
    reportContentProblems(problems);
    // Drafts and embargoed stories are left out before anything is built from the articles.
    const drafts = showDrafts();
    const articles = selectPublished(loaded, buildTime().toMillis(), drafts);
    markdown.retainOnly(articles.map((article) => article.body));
    const config = site();
    const model = addNewsroom(buildSiteModel(articles, config, pathPrefix, loadPersonNotes(contentDir)), config, pathPrefix);
    // A preview with drafts publishes nothing, so it is not remembered as published.
    model.redirects = siteRedirects(model, contentDir, config.url, pathPrefix, !drafts);
    // Frozen so Eleventy's data merge passes it by reference instead of copying it per template.
    return Object.freeze(model);
  });

  eleventyConfig.addFilter("readableDate", (iso: string, zone: string, format = "d LLLL yyyy") => formatDate(iso, format, zone));
  eleventyConfig.addFilter("isoDate", (iso: string, zone: string) => isoDateTime(iso, zone));
  eleventyConfig.addFilter("readableMonth", (month: string) => formatMonth(month));
  eleventyConfig.addFilter("absoluteUrl", (path: string, siteUrl: string) => absoluteUrl(siteUrl, path));
  eleventyConfig.addFilter("jsonForScript", jsonForScript);
  eleventyConfig.addFilter("newsArticleData", newsArticleData);
  eleventyConfig.addFilter("personData", personData);
  eleventyConfig.addFilter("jsonFeed", jsonFeed);
  eleventyConfig.addFilter("latestUpdate", latestUpdate);

  eleventyConfig.addFilter("coverageChart", (months: MonthCount[], label: string) => coverageChart(months, { label, formatMonth }));
  eleventyConfig.addFilter("byArticleCount", byArticleCount);
  eleventyConfig.addFilter("groupByInitial", groupByInitial);

  // Fingerprinted CSS, script and fonts: read once per build, written after the pages.
  let assets = buildSiteAssets();
  eleventyConfig.on("eleventy.before", () => {
    assets = buildSiteAssets();
  });
  eleventyConfig.addGlobalData("assets", () => assetUrls(assets, makeUrls(pathPrefix).asset));
  eleventyConfig.on("eleventy.after", ({ directories, outputMode }: { directories: { output: string }; outputMode: string }) => {
    if (outputMode === "fs") writeSiteAssets(assets, directories.output);
  });
  eleventyConfig.addWatchTarget("templates/assets/*");
  // content/ is not an Eleventy watch target: `gazette serve` watches it and asks Eleventy to
  // rebuild (src/cli/serve-command.ts). Eleventy's watcher missed pages written into a content
  // folder of thousands of pages outside the project.
}
