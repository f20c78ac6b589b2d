// content/ + templates/ → the site, through Eleventy with the project's .eleventy.ts, then the
// post-build steps that need the written pages (the search index).
import Eleventy from "@11ty/eleventy";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadSiteConfig } from "../site-config.ts";
import { normalisePathPrefix } from "../urls.ts";
import { buildSearchIndex, type SearchIndexReport } from "./build-search-index.ts";

/** The Gazette package folder: where .eleventy.ts and templates/ live. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Manifests of what the last build wrote, and the search index record; outside every site. */
export const CACHE_DIR = join(PROJECT_ROOT, ".cache", "gazette");

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
    configPath: join(PROJECT_ROOT, ".eleventy.ts"),
    pathPrefix: normalisePathPrefix(options.pathPrefix),
    quietMode: options.quiet ?? true,
    runMode,
  });
}

export async function renderSite(options: RenderOptions): Promise<void> {
  // Resolved before createEleventy() changes the working directory.
  const outDir = resolve(options.outDir);
  const contentDir = resolve(options.contentDir);
  const eleventy = createEleventy({ ...options, outDir, contentDir });
  await eleventy.write();
  await indexSite(outDir, contentDir);
}

/** The search index of a written site, with the site's language and shard size. */
export function indexSite(outDir: string, contentDir: string): Promise<SearchIndexReport> {
  const site = loadSiteConfig(contentDir);
  return buildSearchIndex(outDir, { language: site.language, articlesPerShard: site.searchShardSize, cacheDir: CACHE_DIR });
}
