// The two files an editor keeps beside the seeds, seeds/dates.yaml and seeds/articles.yaml, are
// both YAML maps keyed by seed path with dates in the site's zone. This reads that shape once
// for both, so a guard added for one (alias bombs, years past 9999: issue 13) holds for the
// other; each file then checks its own values.
import { DateTime } from "luxon";
import { isMap, isScalar, parseDocument } from "yaml";
import { ConfigError } from "../errors.ts";

/** How a seed map's own problems are put to the editor. */
export interface SeedMapWording {
  /** The fix for a seed listed twice, e.g. "keep one date per seed". */
  listedTwice: string;
  /** The fix for a file that is not a map, with an example entry. */
  expected: string;
}

/**
 * A seed map's text → its entries (seed path → value, every scalar a string); a broken file is a
 * ConfigError naming `file`.
 * @example
 * parseSeedMap("a.txt: 2025-04-24\n", "seeds/dates.yaml", wording) //=> { "a.txt": "2025-04-24" }
 */
export function parseSeedMap(
  text: string,
  file: string,
  wording: SeedMapWording,
): Record<string, unknown> {
  // The failsafe schema keeps every scalar a string (YAML would read 2025-04-24 as a Date), and
  // yaml's own duplicate-key check compares every key with every other: 1.7 s of a one-seed
  // re-ingest at 10,000 seeds. Keys are checked here with a set instead.
  const document = parseDocument(text, { schema: "failsafe", uniqueKeys: false });
  const syntaxError = document.errors[0];
  if (syntaxError)
    throw new ConfigError(
      file,
      `is not valid YAML (${syntaxError.message.split("\n")[0]}); fix the syntax`,
    );
  if (isMap(document.contents)) {
    const seen = new Set<unknown>();
    for (const { key } of document.contents.items) {
      const name = isScalar(key) ? key.value : key;
      if (seen.has(name))
        throw new ConfigError(file, `${String(name)}: listed twice; ${wording.listedTwice}`);
      seen.add(name);
    }
  }
  let raw: unknown;
  try {
    // toJS() expands aliases and stops at yaml's alias limit: an alias bomb is a broken file, not a crash.
    raw = document.toJS() ?? {};
  } catch (error) {
    throw new ConfigError(
      file,
      `cannot be read as YAML (${(error as Error).message.split("\n")[0]}); remove the aliases (&, *) and write each entry out`,
    );
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new ConfigError(file, wording.expected);
  return raw as Record<string, unknown>;
}

export const DATE_HINT = "an ISO 8601 date like 2025-04-24 or 2025-04-24T09:30";

/**
 * An editor's date, read in `timeZone` when it has no offset, checked to be a page's date;
 * `where` names the entry ("a.txt" or "a.txt.updated") in the error.
 * @example
 * seedMapDate("2025-04-24T09:30", "a.txt", "seeds/dates.yaml", "Europe/London").toISO()
 * //=> "2025-04-24T09:30:00.000+01:00"
 */
export function seedMapDate(
  value: unknown,
  where: string,
  file: string,
  timeZone: string,
): DateTime {
  const parsed = typeof value === "string" ? DateTime.fromISO(value, { zone: timeZone }) : null;
  if (!parsed?.isValid)
    throw new ConfigError(file, `${where}: expected ${DATE_HINT}, not \`${String(value)}\``);
  // A page's date has a four-digit year (src/article.ts): a later one would drop the article from the site.
  const year = parsed.setZone(timeZone).year;
  if (year < 1 || year > 9999)
    throw new ConfigError(
      file,
      `${where}: the year of \`${String(value)}\` is out of range; give a date from year 1 to 9999`,
    );
  return parsed;
}
