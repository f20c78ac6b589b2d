// gazette serve: build, then Eleventy's dev server with live reload. Gazette watches the seeds
// and the content folder itself and drives Eleventy's rebuilds: a new or changed seed is
// ingested, and the pages ingest writes (or a page edited by hand) ask Eleventy to rebuild.
// Eleventy's own watcher covers templates/ only; with a content glob of thousands of pages
// outside the project it missed the pages ingest wrote. The search index is rebuilt after
// every build.
import { watch } from "node:fs";
import { join, resolve } from "node:path";
import { ARTICLES_DIR } from "../article-pages.ts";
import { createEleventy, describeWrites, eventsOf, indexSite, WRITTEN_EVENT } from "../render/render-site.ts";
import type { WriteReport } from "../render/write-changed-files.ts";
import { withoutWriteCount, type ConsoleLike } from "./eleventy-console.ts";
import { directoryOptions, parseOptions } from "./parse-options.ts";
import { runIngest, type RunIngestOptions } from "./run-ingest.ts";

export const SERVE_USAGE = `Usage: gazette serve [--seeds DIR] [--content DIR] [--out DIR] [--port N] [--path-prefix /p/] [--quiet]

Builds the site and serves it on http://localhost:PORT/ with live reload. Editing a seed
re-ingests it; editing content/ or templates/ rebuilds. The search index is rebuilt after
each build. Stop it with Ctrl-C.

  --seeds DIR          where the seeds are (default: seeds)
  --content DIR        where article pages are kept (default: content)
  --out DIR            where the site is written (default: _site)
  --port N             port of the dev server (default: 8080)
  --path-prefix /p/    the sub-path the site is served under (default: /)
  -q, --quiet          no progress bar or summary for the first ingest
  -h, --help           print this help`;

/** Saves closer together than this become one ingest or one rebuild. */
const SETTLE_MS = 100;

export const SERVE_OPTIONS = {
  ...directoryOptions,
  out: { type: "string", default: "_site" },
  port: { type: "string", default: "8080" },
  "path-prefix": { type: "string", default: "/" },
} as const;

export async function serveCommand(args: string[]): Promise<number> {
  const options = parseOptions(args, SERVE_OPTIONS);
  if (options.help) {
    console.log(SERVE_USAGE);
    return 0;
  }
  // Resolved now: createEleventy() changes the working directory, and re-ingests must find
  // the same extraction cache and memo as the first one.
  const ingestOptions: RunIngestOptions = {
    ...options,
    seeds: resolve(options.seeds),
    content: resolve(options.content),
    cacheDir: resolve(".cache", "gazette"),
  };
  const outDir = resolve(options.out);
  await runIngest(ingestOptions);
  const eleventy = createEleventy({ contentDir: ingestOptions.content, outDir, pathPrefix: options["path-prefix"], quiet: false }, "serve");
  // Eleventy's own "Wrote N files" counts only what Eleventy wrote; Gazette writes the pages
  // and says so below, once per build.
  (eleventy as unknown as { logger: { overrideLogger(console: ConsoleLike): void } }).logger.overrideLogger(withoutWriteCount());
  await eleventy.init();
  eventsOf(eleventy).on(WRITTEN_EVENT, (report: WriteReport) => console.error(`pages: ${describeWrites(report)}`));
  // Builds, starts Eleventy's watcher (templates/), and returns the function its watcher calls
  // on a change: it queues the path, rebuilds, and live-reloads the browser.
  const rebuildFor = (await eleventy.watch()) as unknown as (path: string) => Promise<void>;
  await eleventy.serve(Number(options.port));

  const searchIndex = serialise();
  const indexSearch = () => searchIndex(() => buildIndex(outDir, ingestOptions.content));
  void indexSearch();
  // Eleventy's watcher (templates) rebuilds on its own; index after those builds too.
  eventsOf(eleventy).on("eleventy.afterwatch", () => void indexSearch());

  watchContent(ingestOptions.content, (path) => rebuildFor(path));
  watchSeeds(ingestOptions);
  return new Promise<number>(() => {});
}

async function buildIndex(outDir: string, contentDir: string): Promise<void> {
  const started = performance.now();
  try {
    const { pages, shards, reindexed } = await indexSite(outDir, contentDir);
    const what = reindexed.length === shards ? `indexed ${pages} pages` : `re-indexed ${reindexed.length} of ${shards} shards (${pages} pages)`;
    console.error(`search: ${what} in ${((performance.now() - started) / 1000).toFixed(2)} s`);
  } catch (error) {
    console.error(String(error));
  }
}

/** Runs tasks one at a time; a task asked for while one runs replaces any other waiting one. */
function serialise(): (task: () => Promise<void>) => Promise<void> {
  let running: Promise<void> | undefined;
  let next: (() => Promise<void>) | undefined;
  const run = async (task: () => Promise<void>): Promise<void> => {
    if (running) {
      next = task;
      return running;
    }
    running = task().finally(() => {
      running = undefined;
      const queued = next;
      next = undefined;
      if (queued) void run(queued);
    });
    return running;
  };
  return run;
}

/** Rebuilds when a page in content/articles or a file in content/_data changes. */
function watchContent(contentDir: string, rebuild: (path: string) => Promise<void>): void {
  let timer: NodeJS.Timeout | undefined;
  let changed: string | undefined;
  const onChange = (dir: string) => (_event: string, name: string | Buffer | null) => {
    const file = name ? String(name) : "";
    if (file.startsWith(".") || file.endsWith(".tmp")) return;
    changed = join(dir, file);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const path = changed!;
      console.error(`content changed: ${path}; rebuilding`);
      rebuild(path).catch((error: unknown) => console.error(String(error)));
    }, SETTLE_MS);
  };
  for (const dir of [join(contentDir, ARTICLES_DIR), join(contentDir, "_data")]) {
    try {
      watch(dir, onChange(dir));
    } catch {
      // No such folder (yet): nothing in it to watch.
    }
  }
}

/** Re-ingests when a seed changes; a burst of saves becomes one run. */
function watchSeeds(options: RunIngestOptions): void {
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  watch(options.seeds, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(() => runIngest({ ...options, quiet: false }).then(() => undefined, (error) => console.error(String(error))));
    }, SETTLE_MS);
  });
}
