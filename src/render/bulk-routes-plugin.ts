// Eleventy plugin: renders the bulk of the site (the routes in templates/pages that paginate
// over Gazette's data: articles, tag and person pages, their feeds, the home pages) outside
// Eleventy's per-page pipeline, through Eleventy's own Nunjucks environment and global data,
// and writes only the files whose bytes changed. Eleventy keeps the configuration, the dev
// server, passthrough copies and the singleton pages. Measured in bench/: Eleventy spends
// 2–4 ms of bookkeeping per paginated page; a compiled template needs a fraction of that.
import { join, relative, resolve } from "node:path";
import type nunjucks from "nunjucks";
import { hashText } from "../hash.ts";
import { renderRoute } from "./render-routes.ts";
import { isBulkRoute, readRouteTemplates } from "./route-templates.ts";
import { ChangedFileWriter, type WriteReport } from "./write-changed-files.ts";

export interface BulkRoutesOptions {
  pagesDir?: string;
  layoutsDir?: string;
  includesDir?: string;
  /** Where the manifest of written files is kept (outside the site). */
  cacheDir?: string;
  /** Called after each build with what was written, for logs and tests. */
  onWritten?: (report: WriteReport) => void;
}

// The part of Eleventy's config API this plugin uses.
interface EleventyConfigApi {
  ignores: Set<string>;
  on(event: string, listener: (...args: any[]) => unknown): void;
}

type GlobalData = Record<string, unknown>;

export default function bulkRoutesPlugin(eleventyConfig: EleventyConfigApi, options: BulkRoutesOptions = {}): void {
  const pagesDir = resolve(options.pagesDir ?? "templates/pages");
  const layoutsDir = resolve(options.layoutsDir ?? "templates/layouts");
  const includesDir = resolve(options.includesDir ?? "templates/partials");
  const cacheDir = resolve(options.cacheDir ?? join(".cache", "gazette"));
  for (const route of readRouteTemplates(pagesDir).filter(isBulkRoute)) eleventyConfig.ignores.add(relative(process.cwd(), route.path));

  let env: nunjucks.Environment | undefined;
  eleventyConfig.on("eleventy.engine.njk", ({ environment }: { environment: nunjucks.Environment }) => {
    env = environment;
  });

  // Global data functions run once per build, shared by Eleventy's pages and these.
  const computed = new Map<string, Promise<unknown>>();
  let globalData: GlobalData = {};
  eleventyConfig.on("eleventy.config", (templateConfig: { getConfig(): { globalData?: GlobalData } }) => {
    globalData = templateConfig.getConfig().globalData ?? {};
    for (const [name, value] of Object.entries(globalData)) {
      if (typeof value !== "function" || (value as { gazetteOncePerBuild?: true }).gazetteOncePerBuild) continue;
      const once = () => {
        if (!computed.has(name)) computed.set(name, Promise.resolve((value as () => unknown)()));
        return computed.get(name);
      };
      globalData[name] = Object.assign(once, { gazetteOncePerBuild: true as const });
    }
  });
  eleventyConfig.on("eleventy.before", () => computed.clear());

  eleventyConfig.on("eleventy.after", async ({ directories, outputMode }: { directories: { output: string }; outputMode?: string }) => {
    if (outputMode && outputMode !== "fs") return;
    if (!env) throw new Error("Eleventy set up no Nunjucks environment; templates/pages needs at least one .njk page besides the paginated ones");
    const outDir = resolve(directories.output);
    const data = await resolveGlobalData(globalData);
    const writer = new ChangedFileWriter(outDir, join(cacheDir, `written-${hashText(outDir, 12)}.json`));
    for (const route of readRouteTemplates(pagesDir).filter(isBulkRoute)) {
      for (const page of renderRoute(route, { env, globalData: data, layoutsDir, includesDir })) writer.write(page.outputPath, page.content);
    }
    // Not `onWritten?.(writer.finish())`: optional calls skip their arguments when absent.
    const report = writer.finish();
    options.onWritten?.(report);
  });
}

async function resolveGlobalData(globalData: GlobalData): Promise<GlobalData> {
  const entries = await Promise.all(Object.entries(globalData).map(async ([name, value]) => [name, typeof value === "function" ? await value() : value] as const));
  return Object.fromEntries(entries);
}
