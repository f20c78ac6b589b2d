// gazette serve: build, then Eleventy's dev server with live reload. Seeds are watched too: a
// new or changed seed is ingested, and the page change it makes triggers the rebuild.
import { watch } from "node:fs";
import { createEleventy } from "../render/render-site.ts";
import { directoryOptions, parseOptions } from "./parse-options.ts";
import { runIngest } from "./run-ingest.ts";
import { resolve } from "node:path";

export const SERVE_USAGE = `Usage: gazette serve [--seeds DIR] [--content DIR] [--out DIR] [--port N] [--path-prefix /p/]

Builds the site and serves it on http://localhost:PORT/ with live reload. Editing a seed
re-ingests it; editing content/ or templates/ rebuilds.

  --port N     port of the dev server (default: 8080)`;

export async function serveCommand(args: string[]): Promise<number> {
  const options = parseOptions(args, {
    ...directoryOptions,
    out: { type: "string", default: "_site" },
    port: { type: "string", default: "8080" },
    "path-prefix": { type: "string", default: "/" },
  });
  if (options.help) {
    console.log(SERVE_USAGE);
    return 0;
  }
  const ingestOptions = { ...options, seeds: resolve(options.seeds), content: resolve(options.content) };
  await runIngest(ingestOptions);
  watchSeeds(ingestOptions);
  const eleventy = createEleventy({ contentDir: options.content, outDir: options.out, pathPrefix: options["path-prefix"], quiet: false }, "serve");
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(Number(options.port));
  return new Promise<number>(() => {});
}

/** Re-ingests when a seed changes; a burst of saves becomes one run. */
function watchSeeds(options: Parameters<typeof runIngest>[0]): void {
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  watch(options.seeds, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(() => runIngest({ ...options, quiet: false }).then(() => undefined, (error) => console.error(String(error))));
    }, 100);
  });
}
