// gazette ingest: seeds → content pages, nothing else.
import { ingestExitCode } from "../ingest/format-report.ts";
import { directoryOptions, parseOptions } from "./parse-options.ts";
import { runIngest } from "./run-ingest.ts";

export const INGEST_USAGE = `Usage: gazette ingest [--seeds DIR] [--content DIR] [--force] [--prune] [--json] [--quiet]

Turns every *.txt under the seeds folder into a page under CONTENT/articles/.

  --seeds DIR     where the seeds are (default: seeds)
  --content DIR   where pages are written (default: content)
  --force         overwrite pages edited by hand (and, with --prune, remove them)
  --prune         remove pages whose seed is gone (kept and reported otherwise)
  --json          print the report as JSON on stdout
  -q, --quiet     print problems only, no progress bar or summary
  -h, --help      print this help

Exit status: 0 every seed is on the site, 1 some seeds or pages were rejected (the rest written), 2 usage or
configuration error, 3 the disk is full or a folder may not be written (run again once fixed).`;

export const INGEST_OPTIONS = {
  ...directoryOptions,
  force: { type: "boolean", default: false },
  prune: { type: "boolean", default: false },
  json: { type: "boolean", default: false },
} as const;

export async function ingestCommand(args: string[]): Promise<number> {
  const options = parseOptions(args, INGEST_OPTIONS);
  if (options.help) {
    console.log(INGEST_USAGE);
    return 0;
  }
  const report = await runIngest(options);
  return ingestExitCode(report);
}
