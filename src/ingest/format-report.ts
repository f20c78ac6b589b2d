// IngestReport → the lines a person reads: one line per problem naming the seed, what is
// wrong and what to do (a duplicate only the first time it is found), then a one-line summary.
import type { IngestReport } from "./index.ts";

export function formatProblems(
  report: IngestReport,
  seedsLabel: string,
  contentLabel: string,
): string[] {
  const seed = (source: string) => `${seedsLabel}/${source}`;
  const page = (path: string) => `${contentLabel}/${path}`;
  return [
    ...report.rejected.map(({ source, reason }) => `${seed(source)}: ${reason}`),
    ...report.warnings.map(({ source, message }) => `${seed(source)}: ${message}`),
    // Once per pair: a duplicate reported by an earlier run is only counted in the summary.
    ...report.duplicates
      .filter((duplicate) => duplicate.isNew)
      .map(
        ({ source, duplicateOf }) =>
          `${seed(source)}: same text as ${seed(duplicateOf)}; no second page made. Delete one of the two seeds`,
      ),
    ...report.unreadablePages.map(({ page: path, reason }) => `${page(path)}: ${reason}`),
    ...report.keptEdited.map(
      (path) =>
        `${page(path)}: edited by hand since ingest wrote it; kept your edit. Run with --force to overwrite it`,
    ),
    ...report.orphaned.map(
      (path) => `${page(path)}: its seed is gone; page kept. Run with --prune to remove it`,
    ),
    ...report.pruned.map((path) => `${page(path)}: its seed is gone; removed (--prune)`),
  ];
}

export function formatSummary(report: IngestReport): string {
  const parts = [
    `${report.written.length} written`,
    `${report.unchanged.length} unchanged`,
    `${report.keptEdited.length} kept because edited`,
    `${report.rejected.length} rejected`,
  ];
  if (report.duplicates.length)
    parts.push(`${report.duplicates.length} duplicate${report.duplicates.length === 1 ? "" : "s"}`);
  if (report.keptHandMade.length) parts.push(`${report.keptHandMade.length} hand-made kept`);
  if (report.orphaned.length) parts.push(`${report.orphaned.length} without seed`);
  if (report.pruned.length) parts.push(`${report.pruned.length} pruned`);
  return `ingest: ${parts.join(", ")}`;
}

/** 0 when every seed became a page (or was a duplicate), 1 when some seeds or pages were rejected or unreadable. */
export function ingestExitCode(report: IngestReport): 0 | 1 {
  return report.rejected.length > 0 || report.unreadablePages.length > 0 ? 1 : 0;
}
