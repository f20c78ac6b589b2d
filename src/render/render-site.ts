// content/ + templates/ → the site, through Eleventy with the project's .eleventy.ts, then the
// post-build steps that need the written pages (the search index).
import Eleventy from "@11ty/eleventy";
import { join, resolve } from "node:path";
import { CACHE_DIR, ELEVENTY_CONFIG, PROJECT_ROOT } from "../project-paths.ts";
import { loadSiteConfig } from "../site-config.ts";
import { normalisePathPrefix } from "../urls.ts";
import { WRITTEN_EVENT } from "./bulk-routes-plugin.ts";
export { WRITTEN_EVENT } from "./bulk-routes-plugin.ts";
import { buildSearchIndex, type SearchIndexReport } from "./build-search-index.ts";
import type { WriteReport } from "./write-changed-files.ts";
import type { ContentError } from "../errors.ts";
import { CONTENT_PROBLEMS_EVENT } from "./plugin.ts";
export { CONTENT_PROBLEMS_EVENT } from "./plugin.ts";

export { CACHE_DIR, PROJECT_ROOT } from "../project-paths.ts";

export interface RenderOptions {
  contentDir: string;
  outDir: string;
  pathPrefix?: string;
  quiet?: boolean;
}

/** Creates the Eleventy instance for a build or for the dev server. */
export function createEleventy(options: RenderOptions, runMode: "build" | "serve" = "build") {
  const outDir = resolve(options.outDir);
  // .eleventy.ts reads the content folder from here; see the comment there.
  process.env.GAZETTE_CONTENT = resolve(options.contentDir);
  // Eleventy resolves passthrough copies and watch targets against the working directory.
  process.chdir(PROJECT_ROOT);
  return new Eleventy(join(PROJECT_ROOT, "templates/pages"), outDir, {
    configPath: ELEVENTY_CONFIG,
    pathPrefix: normalisePathPrefix(options.pathPrefix),
    quietMode: options.quiet ?? true,
    runMode,
  });
}

export interface RenderReport {
  /** What Gazette's renderer wrote (see bulk-routes-plugin.ts); Eleventy itself writes only assets it copies. */
  pages: WriteReport;
  search: SearchIndexReport;
  /** Article pages in content/ left out of this build (their last good pages stay published). */
  problems: readonly ContentError[];
}

export async function renderSite(options: RenderOptions): Promise<RenderReport> {
  // Resolved before createEleventy() changes the working directory.
  const outDir = resolve(options.outDir);
  const contentDir = resolve(options.contentDir);
  const eleventy = createEleventy({ ...options, outDir, contentDir });
  // Eleventy's own summary ("Wrote 0 files") counts only the pages Eleventy wrote, which are
  // none: the build command prints Gazette's count instead.
  (eleventy as unknown as { disableLogger(): void }).disableLogger();
  await eleventy.init();
  let pages: WriteReport = { written: [], unchanged: 0, reused: 0, removed: [], kept: [] };
  let problems: readonly ContentError[] = [];
  eventsOf(eleventy).on(CONTENT_PROBLEMS_EVENT, (found: readonly ContentError[]) => {
    problems = found;
  });
  eventsOf(eleventy).on(WRITTEN_EVENT, (report: WriteReport) => {
    pages = report;
  });
  await eleventy.write();
  return { pages, problems, search: await indexSite(outDir, contentDir) };
}

/** "3 files written, 24,000 unchanged, 1 removed": what a build did to the output folder. */
export function describeWrites(pages: WriteReport): string {
  return `${pages.written.length} files written, ${pages.unchanged + pages.reused} unchanged, ${pages.removed.length} removed`;
}

/** Eleventy's config events; its instance has no published types. */
export function eventsOf(eleventy: Eleventy): {
  on(name: string, listener: (...args: any[]) => void): void;
} {
  return (
    eleventy as unknown as {
      config: { events: { on(name: string, listener: (...args: any[]) => void): void } };
    }
  ).config.events;
}

/** The search index of a written site, with the site's language and shard size. */
export function indexSite(outDir: string, contentDir: string): Promise<SearchIndexReport> {
  const site = loadSiteConfig(contentDir);
  return buildSearchIndex(outDir, {
    language: site.language,
    articlesPerShard: site.searchShardSize,
    cacheDir: CACHE_DIR,
  });
}
