// gazette build: ingest, then render the site.
import { join } from "node:path";
import { formatSummary, ingestExitCode } from "../ingest/format-report.ts";
import { describeWrites, renderSite } from "../render/render-site.ts";
import { loadSiteConfig, SITE_CONFIG_FILE } from "../site-config.ts";
import { checkOutDir, checkPathPrefix } from "./check-options.ts";
import { defaultUrlWarning } from "./default-url-warning.ts";
import { directoryOptions, parseOptions } from "./parse-options.ts";
import { runIngest } from "./run-ingest.ts";

export const BUILD_USAGE = `Usage: gazette build [--seeds DIR] [--content DIR] [--out DIR] [--path-prefix /p/] [--skip-ingest] [--quiet]

Ingests the seeds, then renders content/ through templates/ into a static site, and prints
one summary line. Warns while content/_data/site.json has no "url" of its own.

  --seeds DIR          where the seeds are (default: seeds)
  --content DIR        where article pages are kept (default: content)
  --out DIR            where the site is written (default: _site)
  --path-prefix /p/    the sub-path the site is served under (default: /)
  --skip-ingest        render content/ as it is, without reading seeds
  -q, --quiet          print problems only
  -h, --help           print this help

Exit status: 0 built, 1 built but some seeds or pages were rejected (their last good
pages stay published), 2 usage or configuration error, 3 the disk is full or a folder may not be
written (run again once fixed).`;

export const BUILD_OPTIONS = {
  ...directoryOptions,
  out: { type: "string", default: "_site" },
  "path-prefix": { type: "string", default: "/" },
  "skip-ingest": { type: "boolean", default: false },
} as const;

export async function buildCommand(args: string[]): Promise<number> {
  const options = parseOptions(args, BUILD_OPTIONS);
  if (options.help) {
    console.log(BUILD_USAGE);
    return 0;
  }
  checkPathPrefix(options["path-prefix"]);
  checkOutDir(options.out, { seeds: options.seeds, content: options.content });
  const report = options["skip-ingest"]
    ? undefined
    : await runIngest({ ...options, summary: false });
  const warning = defaultUrlWarning(
    loadSiteConfig(options.content),
    join(options.content, SITE_CONFIG_FILE),
  );
  if (warning) console.error(warning);
  const started = performance.now();
  const { pages, problems } = await renderSite({
    contentDir: options.content,
    outDir: options.out,
    pathPrefix: options["path-prefix"],
  });
  // One line per rejected page, named as the user named the content folder.
  for (const problem of problems)
    console.error(
      `${join(options.content, problem.file)}: ${problem.reason}; its last good version stays published`,
    );
  if (!options.quiet) {
    // One line per build: what render wrote, then what ingest did.
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const ingested = report ? `; ${formatSummary(report)}` : "";
    console.error(
      `build: ${describeWrites(pages)}; site in ${options.out} in ${seconds} s${ingested}`,
    );
  }
  // A page left out of the site is a rejected page: exit 1, the rest is published (issue 13, bug 7).
  return problems.length > 0 ? 1 : report ? ingestExitCode(report) : 0;
}
