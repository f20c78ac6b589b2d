// gazette build: ingest, then render the site.
import { ingestExitCode } from "../ingest/format-report.ts";
import { describeWrites, renderSite } from "../render/render-site.ts";
import { directoryOptions, parseOptions } from "./parse-options.ts";
import { runIngest } from "./run-ingest.ts";

export const BUILD_USAGE = `Usage: gazette build [--seeds DIR] [--content DIR] [--out DIR] [--path-prefix /p/] [--quiet]

Ingests the seeds, then renders content/ through templates/ into a static site.

  --seeds DIR          where the seeds are (default: seeds)
  --content DIR        where article pages are kept (default: content)
  --out DIR            where the site is written (default: _site)
  --path-prefix /p/    the sub-path the site is served under (default: /)
  --skip-ingest        render content/ as it is, without reading seeds
  -q, --quiet          print problems only

Exit status: 0 built, 1 built but some seeds were rejected, 2 usage or configuration error.`;

export async function buildCommand(args: string[]): Promise<number> {
  const options = parseOptions(args, {
    ...directoryOptions,
    out: { type: "string", default: "_site" },
    "path-prefix": { type: "string", default: "/" },
    "skip-ingest": { type: "boolean", default: false },
  });
  if (options.help) {
    console.log(BUILD_USAGE);
    return 0;
  }
  const status = options["skip-ingest"] ? 0 : ingestExitCode(await runIngest(options));
  const started = performance.now();
  const { pages } = await renderSite({ contentDir: options.content, outDir: options.out, pathPrefix: options["path-prefix"] });
  if (!options.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.error(`build: ${describeWrites(pages)}; site in ${options.out} in ${seconds} s`);
  }
  return status;
}
