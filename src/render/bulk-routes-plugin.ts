// Eleventy plugin: renders the site's pages (the routes in templates/pages: articles, tag and
// person pages, their feeds, the home pages and the singletons such as the sitemap and the
// people index) outside Eleventy's per-page pipeline, through Eleventy's own Nunjucks
// environment and global data, and writes only the files whose bytes changed. Eleventy keeps
// the configuration, the dev server and passthrough copies. Measured in bench/: Eleventy spends
// 2–4 ms of bookkeeping per paginated page; a compiled template needs a fraction of that. And
// Eleventy writes every page it renders on every build, so a deploy tool that syncs by
// modification time would upload them all again.
// A page whose inputs are those of the last build (page-inputs.ts) is not rendered at all, so
// a rebuild after one seed changed renders the few dozen pages that show that article. What a
// route reads from the site model is declared in routes.ts and checked as each page renders.
import { existsSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import type nunjucks from "nunjucks";
import { hashText } from "../hash.ts";
import { CACHE_DIR, PROJECT_ROOT, SOURCE_DIR } from "../project-paths.ts";
import { type ContentError, UndeclaredModelReadError } from "../errors.ts";
import { CONTENT_PROBLEMS_EVENT } from "./plugin.ts";
import { watchModelReads } from "./model-reads.ts";
import { buildInputsKey, PageInputKeys } from "./page-inputs.ts";
import { routePages } from "./render-routes.ts";
import { modelInputsOf, type RouteInputs } from "./routes.ts";
import { isGazetteRoute, readRouteTemplates, type RouteTemplate } from "./route-templates.ts";
import { ChangedFileWriter, type WriteReport } from "./write-changed-files.ts";

export interface BulkRoutesOptions {
  pagesDir?: string;
  layoutsDir?: string;
  includesDir?: string;
  /** Where the manifest of written files is kept (outside the site). */
  cacheDir?: string;
  /** What each route reads from the site model (default: the table in routes.ts). */
  routes?: Readonly<Record<string, RouteInputs>>;
  /** Called after each build with what was written, for logs and tests. */
  onWritten?: (report: WriteReport) => void;
}

/** Gazette's own code and its locked dependencies: a change to either renders every page again. */
const LOCK_FILE = join(PROJECT_ROOT, "package-lock.json");

// The part of Eleventy's config API this plugin uses.
interface EleventyConfigApi {
  ignores: Set<string>;
  on(event: string, listener: (...args: any[]) => unknown): void;
  emit(event: string, ...args: unknown[]): Promise<unknown>;
}

/** Emitted on Eleventy's config events after each build with the WriteReport, for the CLI. */
export const WRITTEN_EVENT = "gazette.written";

type GlobalData = Record<string, unknown>;

export default function bulkRoutesPlugin(
  eleventyConfig: EleventyConfigApi,
  options: BulkRoutesOptions = {},
): void {
  const pagesDir = resolve(options.pagesDir ?? "templates/pages");
  const layoutsDir = resolve(options.layoutsDir ?? "templates/layouts");
  const includesDir = resolve(options.includesDir ?? "templates/partials");
  const cacheDir = resolve(options.cacheDir ?? CACHE_DIR);
  for (const route of readRouteTemplates(pagesDir).filter(isGazetteRoute))
    eleventyConfig.ignores.add(relative(process.cwd(), route.path));

  let env: nunjucks.Environment | undefined;
  eleventyConfig.on(
    "eleventy.engine.njk",
    ({ environment }: { environment: nunjucks.Environment }) => {
      env = environment;
    },
  );

  // Global data functions run once per build, shared by Eleventy's pages and these.
  const computed = new Map<string, Promise<unknown>>();
  let globalData: GlobalData = {};
  let pathPrefix = "/";
  eleventyConfig.on(
    "eleventy.config",
    (templateConfig: { getConfig(): { globalData?: GlobalData; pathPrefix?: string } }) => {
      pathPrefix = templateConfig.getConfig().pathPrefix ?? "/";
      globalData = templateConfig.getConfig().globalData ?? {};
      for (const [name, value] of Object.entries(globalData)) {
        if (
          typeof value !== "function" ||
          (value as { gazetteOncePerBuild?: true }).gazetteOncePerBuild
        )
          continue;
        const once = () => {
          if (!computed.has(name)) computed.set(name, Promise.resolve((value as () => unknown)()));
          return computed.get(name);
        };
        globalData[name] = Object.assign(once, { gazetteOncePerBuild: true as const });
      }
    },
  );
  // Article pages in content/ rejected by this build: their last good pages are kept.
  let rejected: readonly ContentError[] = [];
  eleventyConfig.on(CONTENT_PROBLEMS_EVENT, (problems: readonly ContentError[]) => {
    rejected = problems;
  });
  eleventyConfig.on("eleventy.before", () => {
    computed.clear();
    rejected = [];
  });

  eleventyConfig.on(
    "eleventy.after",
    async ({
      directories,
      outputMode,
    }: {
      directories: { output: string };
      outputMode?: string;
    }) => {
      if (outputMode && outputMode !== "fs") return;
      if (!env)
        throw new Error(
          "Eleventy set up no Nunjucks environment; templates/pages needs a Nunjucks page that Eleventy renders, such as eleventy-engine.njk",
        );
      const outDir = resolve(directories.output);
      const data = await resolveGlobalData(globalData);
      const writer = new ChangedFileWriter(
        outDir,
        join(cacheDir, `written-${hashText(outDir, 12)}.json`),
      );
      const templateDirs = [pagesDir, layoutsDir, includesDir].filter(
        (dir, index, dirs) => existsSync(dir) && dirs.indexOf(dir) === index,
      );
      const keys = new PageInputKeys(
        buildInputsKey({
          files: existsSync(LOCK_FILE) ? [LOCK_FILE] : [],
          dirs: [SOURCE_DIR, ...templateDirs],
          globalData: data,
          pathPrefix,
        }),
      );
      const model = (data.gazette ?? {}) as Record<string, unknown>;
      for (const route of readRouteTemplates(pagesDir).filter(isGazetteRoute)) {
        const inputs = modelInputsOf(basename(route.path), model, options.routes);
        const routeKey = routeInputsKey(route, inputs, model, keys);
        const reads = watchModelReads(model);
        // The list a route pages over is keyed page by page; read in full, it must be declared.
        const allowed = new Set(inputs);
        const template = relative(PROJECT_ROOT, route.path);
        for (const page of routePages(route, {
          env,
          globalData: { ...data, gazette: reads.view },
          layoutsDir,
          includesDir,
        })) {
          const pageKey = keys.pageKey(routeKey, page.pageNumber, page.items);
          if (writer.reuse(page.outputPath, pageKey)) continue;
          // Cleared here, not before the loop: finding the pagination items reads the model too.
          reads.names.clear();
          const html = page.render();
          const undeclared = [...reads.names].find((name) => !allowed.has(name));
          if (undeclared) throw new UndeclaredModelReadError(template, undeclared);
          writer.write(page.outputPath, html, pageKey, articleFileOf(page.items) ?? template);
        }
      }
      writer.keepFrom(rejected.map((problem) => problem.file));
      // Not `onWritten?.(writer.finish())`: optional calls skip their arguments when absent.
      const report = writer.finish();
      options.onWritten?.(report);
      await eleventyConfig.emit(WRITTEN_EVENT, report);
    },
  );
}

/**
 * A route's own inputs: its template file and the site-model values it declares (routes.ts),
 * each keyed in full. (The items of each page are keyed by `pageKey`.)
 */
function routeInputsKey(
  route: RouteTemplate,
  inputs: readonly string[],
  model: Record<string, unknown>,
  keys: PageInputKeys,
): string {
  return [route.path, ...inputs.map((name) => `${name}=${keys.describe(model[name])}`)].join("\0");
}

/** The content file of a page made from one article (an article page), e.g. "articles/storm.md". */
function articleFileOf(items: readonly unknown[]): string | undefined {
  const file = items.length === 1 ? (items[0] as { file?: unknown } | null)?.file : undefined;
  return typeof file === "string" ? file : undefined;
}

async function resolveGlobalData(globalData: GlobalData): Promise<GlobalData> {
  const entries = await Promise.all(
    Object.entries(globalData).map(
      async ([name, value]) => [name, typeof value === "function" ? await value() : value] as const,
    ),
  );
  return Object.fromEntries(entries);
}
