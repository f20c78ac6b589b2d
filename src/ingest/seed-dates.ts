// When was an article published? Seeds carry no date, so Gazette uses, in this order:
//   1. "manifest": an entry in seeds/dates.yaml ("file.txt: 2025-04-24T09:30") set by an editor;
//   2. "git":      the time of the commit that added the seed file (same on every clone);
//   3. the date already on the article's page in content/, with its source (a published date
//      does not move when ingest runs again);
//   4. "mtime":    the seed file's modification time (a seed not yet committed).
// Dates are written in the site's time zone with an explicit offset.
import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import type { ArticleFrontMatter } from "../article.ts";
import { parseSeedMap, seedMapDate } from "./seed-manifest.ts";

export const DATES_MANIFEST = "dates.yaml";

export type DateSource = NonNullable<ArticleFrontMatter["dateSource"]>;
export interface SeedDate {
  date: string;
  dateSource: DateSource;
}

/** Formats an instant as ISO 8601 with the zone's offset, to the second. */
export function formatIsoDate(instant: DateTime, timeZone: string): string {
  return instant.setZone(timeZone).startOf("second").toISO({ suppressMilliseconds: true })!;
}

/** Reads seeds/dates.yaml: a map of seed path (relative to the seeds folder) → date. */
export function readDatesManifest(seedsDir: string, timeZone: string): Map<string, string> {
  const file = join(seedsDir, DATES_MANIFEST);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return new Map();
  }
  const entries = parseSeedMap(text, file, {
    listedTwice: "keep one date per seed",
    expected: "expected a map of seed file → date, like `000_story.txt: 2025-04-24T09:30`",
  });
  const dates = new Map<string, string>();
  for (const [seed, value] of Object.entries(entries)) {
    dates.set(seed, formatIsoDate(seedMapDate(value, seed, file, timeZone), timeZone));
  }
  return dates;
}

/**
 * Times of the commits that added each file under `seedsDir`, keyed by path relative to it.
 * One `git log` for the whole folder; an empty map outside a git work tree.
 */
export function readGitAddDates(seedsDir: string, timeZone: string): Map<string, string> {
  let output: string;
  try {
    output = execFileSync(
      "git",
      [
        "-C",
        seedsDir,
        "log",
        "--diff-filter=A",
        "--relative",
        "--format=%x01%cI",
        "--name-only",
        "-z",
        "--",
        ".",
      ],
      {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
        maxBuffer: 256 * 1024 * 1024,
      },
    );
  } catch {
    return new Map();
  }
  const dates = new Map<string, string>();
  let current = "";
  for (const field of output.split("\0")) {
    const entry = field.replace(/^\n/, "");
    if (entry.startsWith("\u0001")) {
      current = formatIsoDate(DateTime.fromISO(entry.slice(1)), timeZone);
    } else if (entry !== "" && current !== "" && !dates.has(entry)) {
      // git log runs newest first: the first add seen is the one that made the current file.
      dates.set(entry, current);
    }
  }
  return dates;
}

export interface DateSources {
  manifest: Map<string, string>;
  git: Map<string, string>;
}

/** Picks the date of one seed by the policy above. */
export function dateSeed(
  source: string,
  seedPath: string,
  sources: DateSources,
  onPage: SeedDate | undefined,
  timeZone: string,
): SeedDate {
  const fromManifest = sources.manifest.get(source);
  if (fromManifest) return { date: fromManifest, dateSource: "manifest" };
  const fromGit = sources.git.get(source);
  if (fromGit) return { date: fromGit, dateSource: "git" };
  // A date already published stays put, and keeps saying where it came from.
  if (onPage) return onPage;
  return {
    date: formatIsoDate(DateTime.fromJSDate(statSync(seedPath).mtime), timeZone),
    dateSource: "mtime",
  };
}
