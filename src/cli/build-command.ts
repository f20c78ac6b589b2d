// gazette build: ingest, then render the site.
import { join } from "node:path";
import { formatSummary, ingestExitCode } from "../ingest/format-report.ts";
import { describeWrites, renderSite } from "../render/render-site.ts";
import { loadSiteConfig, SITE_CONFIG_FILE } from "../site-config.ts";
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

Exit status: 0 built, 1 built but some seeds were rejected, 2 usage error.`;

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
  const report = options["skip-ingest"] ? undefined : await runIngest({ ...options, summary: false });
  const warning = defaultUrlWarning(loadSiteConfig(options.content), join(options.content, SITE_CONFIG_FILE));
  if (warning) console.error(warning);
  const started = performance.now();
  const { pages } = await renderSite({ contentDir: options.content, outDir: options.out, pathPrefix: options["path-prefix"] });
  if (!options.quiet) {
    // One line per build: what render wrote, then what ingest did.
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const ingested = report ? `; ${formatSummary(report)}` : "";
    console.error(`build: ${describeWrites(pages)}; site in ${options.out} in ${seconds} s${ingested}`);
  }
  return report ? ingestExitCode(report) : 0;
}
