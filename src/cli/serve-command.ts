// gazette serve: build, then Eleventy's dev server with live reload. Gazette watches the seeds
// and the content folder itself (watch-folder.ts) and drives Eleventy's rebuilds: a new,
// changed or (with --prune) deleted seed is ingested, and the pages ingest writes or removes
// (or a page edited by hand) ask Eleventy to rebuild. Eleventy's own watcher covers templates/
// only; with a content glob of thousands of pages outside the project it missed the pages
// ingest wrote. The search index is rebuilt after every build.
import { join, resolve } from "node:path";
import { ARTICLES_DIR } from "../article-pages.ts";
import type { ContentError } from "../errors.ts";
import { DRAFTS_VARIABLE } from "../render/publication.ts";
import {
  CONTENT_PROBLEMS_EVENT,
  createEleventy,
  describeWrites,
  eventsOf,
  indexSite,
  WRITTEN_EVENT,
} from "../render/render-site.ts";
import type { WriteReport } from "../render/write-changed-files.ts";
import { checkHost, checkOutDir, checkPathPrefix, isLoopback, parsePort } from "./check-options.ts";
import { guardDevServer } from "./dev-server-guard.ts";
import { withoutWriteCount, type ConsoleLike } from "./eleventy-console.ts";
import { directoryOptions, parseOptions } from "./parse-options.ts";
import { watchFolder } from "./watch-folder.ts";
import { runIngest, type RunIngestOptions } from "./run-ingest.ts";

export const SERVE_USAGE = `Usage: gazette serve [--seeds DIR] [--content DIR] [--out DIR] [--port N] [--host HOST] [--path-prefix /p/] [--prune] [--drafts] [--quiet]

Builds the site and serves it on http://localhost:PORT/ with live reload. Editing a seed
re-ingests it; editing content/ or templates/ rebuilds. The search index is rebuilt after
each build. Stop it with Ctrl-C.

  --seeds DIR          where the seeds are (default: seeds)
  --content DIR        where article pages are kept (default: content)
  --out DIR            where the site is written (default: _site; _preview with --drafts)
  --port N             port of the dev server, 1 to 65535 (default: 8080)
  --host HOST          address to listen on (default: 127.0.0.1, this machine only); another
                       address lets other machines reach the dev server, which is not hardened
                       for that: a warning says so
  --path-prefix /p/    the sub-path the site is served under (default: /)
  --prune              when a seed is deleted, remove its page (unless edited by hand)
  --drafts             also show drafts and embargoed stories, each with a banner; the site is
                       written to _preview (not _site) unless --out is given, so it is never
                       deployed by mistake
  -q, --quiet          no progress bar or summary for the first ingest
  -h, --help           print this help`;

/** Saves closer together than this become one ingest or one rebuild. */
const SETTLE_MS = 100;

export const SERVE_OPTIONS = {
  ...directoryOptions,
  out: { type: "string" },
  port: { type: "string", default: "8080" },
  host: { type: "string", default: "127.0.0.1" },
  "path-prefix": { type: "string", default: "/" },
  prune: { type: "boolean", default: false },
  drafts: { type: "boolean", default: false },
} as const;

export async function serveCommand(args: string[]): Promise<number> {
  const options = parseOptions(args, SERVE_OPTIONS);
  if (options.help) {
    console.log(SERVE_USAGE);
    return 0;
  }
  const port = parsePort(options.port);
  const host = checkHost(options.host);
  checkPathPrefix(options["path-prefix"]);
  checkOutDir(options.out ?? (options.drafts ? "_preview" : "_site"), {
    seeds: options.seeds,
    content: options.content,
  });
  if (!isLoopback(host))
    console.error(
      `gazette serve: --host ${host} lets other machines reach this dev server; it is meant for previewing on your own machine`,
    );
  guardDevServer(host);
  // Resolved now: createEleventy() changes the working directory, and re-ingests must find
  // the same extraction cache and memo as the first one.
  const ingestOptions: RunIngestOptions = {
    ...options,
    seeds: resolve(options.seeds),
    content: resolve(options.content),
    cacheDir: resolve(".cache", "gazette"),
  };
  // Read by the render plugin (src/render/publication.ts) in this process.
  if (options.drafts) process.env[DRAFTS_VARIABLE] = "1";
  const outDir = resolve(options.out ?? (options.drafts ? "_preview" : "_site"));
  await runIngest(ingestOptions);
  const eleventy = createEleventy(
    { contentDir: ingestOptions.content, outDir, pathPrefix: options["path-prefix"], quiet: false },
    "serve",
  );
  // Eleventy's own "Wrote N files" counts only what Eleventy wrote; Gazette writes the pages
  // and says so below, once per build.
  (
    eleventy as unknown as { logger: { overrideLogger(console: ConsoleLike): void } }
  ).logger.overrideLogger(withoutWriteCount());
  await eleventy.init();
  eventsOf(eleventy).on(WRITTEN_EVENT, (report: WriteReport) =>
    console.error(`pages: ${describeWrites(report)}`),
  );
  eventsOf(eleventy).on(CONTENT_PROBLEMS_EVENT, (problems: readonly ContentError[]) => {
    for (const problem of problems)
      console.error(
        `${join(ingestOptions.content, problem.file)}: ${problem.reason}; its last good version stays published`,
      );
  });
  // Builds, starts Eleventy's watcher (templates/), and returns the function its watcher calls
  // on a change: it queues the path, rebuilds, and live-reloads the browser.
  const rebuildFor = (await eleventy.watch()) as unknown as (path: string) => Promise<void>;
  await eleventy.serve(port);

  const searchIndex = serialise();
  const indexSearch = () => searchIndex(() => buildIndex(outDir, ingestOptions.content));
  void indexSearch();
  // Eleventy's watcher (templates) rebuilds on its own; index after those builds too.
  eventsOf(eleventy).on("eleventy.afterwatch", () => void indexSearch());

  await Promise.all([
    watchContent(ingestOptions.content, (path) => rebuildFor(path)),
    watchSeeds(ingestOptions),
  ]);
  // A save from now on is seen; tests wait for this line.
  console.error("watching: seeds and content");
  return new Promise<number>(() => {});
}

async function buildIndex(outDir: string, contentDir: string): Promise<void> {
  const started = performance.now();
  try {
    const { pages, shards, reindexed } = await indexSite(outDir, contentDir);
    const what =
      reindexed.length === shards
        ? `indexed ${pages} pages`
        : `re-indexed ${reindexed.length} of ${shards} shards (${pages} pages)`;
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

/** Rebuilds when a page in content/articles or a file in content/_data is added, saved or removed. */
function watchContent(contentDir: string, rebuild: (path: string) => Promise<void>): Promise<void> {
  const watchers = [join(contentDir, ARTICLES_DIR), join(contentDir, "_data")].map((dir) =>
    watchFolder(
      dir,
      (paths) => {
        console.error(`content changed: ${paths.join(", ")}; rebuilding`);
        rebuild(paths[0]!).catch((error: unknown) => console.error(String(error)));
      },
      { settleMs: SETTLE_MS },
    ),
  );
  return Promise.all(watchers.map((watcher) => watcher.ready)).then(() => undefined);
}

/** Re-ingests when a seed is added, saved or removed; a burst of saves becomes one run. */
function watchSeeds(options: RunIngestOptions): Promise<void> {
  let running = Promise.resolve();
  const watcher = watchFolder(
    options.seeds,
    () => {
      running = running.then(() =>
        runIngest({ ...options, quiet: false }).then(
          () => undefined,
          (error) => console.error(String(error)),
        ),
      );
    },
    { settleMs: SETTLE_MS },
  );
  return watcher.ready;
}
