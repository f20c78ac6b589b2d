// Runs ingest for a command and tells the person what happened: a progress bar on a terminal
// when there are many seeds, one line per problem, a summary; or the whole report as JSON.
import cliProgress from "cli-progress";
import { existsSync, statSync } from "node:fs";
import { ingest, type IngestReport } from "../ingest/index.ts";
import { formatProblems, formatSummary } from "../ingest/format-report.ts";
import { UsageError } from "../errors.ts";

/** Below this many seeds a run is over before a bar would be worth drawing. */
const PROGRESS_THRESHOLD = 50;

export interface RunIngestOptions {
  seeds: string;
  content: string;
  force?: boolean;
  prune?: boolean;
  quiet?: boolean;
  json?: boolean;
  /** Print the one-line summary (default); `gazette build` folds it into its own line instead. */
  summary?: boolean;
  /** Where the extraction cache and the ingest memo live; default `.cache/gazette` in the working directory. */
  cacheDir?: string;
}

export async function runIngest(options: RunIngestOptions): Promise<IngestReport> {
  if (!existsSync(options.seeds) || !statSync(options.seeds).isDirectory()) {
    throw new UsageError(`the seeds folder "${options.seeds}" does not exist; pass --seeds DIR`);
  }
  const showProgress = !options.quiet && !options.json && process.stderr.isTTY === true;
  let bar: cliProgress.SingleBar | undefined;
  const report = await ingest({
    seedsDir: options.seeds,
    contentDir: options.content,
    force: options.force ?? false,
    prune: options.prune ?? false,
    cacheDir: options.cacheDir,
    onProgress: (done, total) => {
      if (!showProgress || total < PROGRESS_THRESHOLD) return;
      if (!bar) {
        bar = new cliProgress.SingleBar(
          {
            format: "ingest {bar} {value}/{total} seeds",
            stream: process.stderr,
            clearOnComplete: true,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0);
      }
      bar.update(done);
    },
  });
  bar?.stop();
  if (options.json) {
    console.log(JSON.stringify(report, null, 2));
    return report;
  }
  for (const line of formatProblems(report, trimSlash(options.seeds), trimSlash(options.content)))
    console.error(line);
  if (!options.quiet && options.summary !== false) console.error(formatSummary(report));
  return report;
}

const trimSlash = (path: string) => path.replace(/\/+$/, "");
