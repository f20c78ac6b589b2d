// The build's clock: the one "now" that ingest and render ask, for when an embargo lifts, when a
// changed seed was updated and which stories the Google News sitemap lists. Read in one place
// so that a pinned time pins all three (a code review found two clocks: the sitemap's read only
// SOURCE_DATE_EPOCH, the embargo's only GAZETTE_NOW, so a pinned build could disagree with itself).
//
// Precedence, first set wins:
//   1. GAZETTE_NOW: an ISO 8601 time; shows the site as it will be then (tests, previews);
//   2. SOURCE_DATE_EPOCH: whole seconds since 1970, the reproducible-builds convention
//      (https://reproducible-builds.org/specs/source-date-epoch/), so a build can be repeated;
//   3. the real time.
// An empty variable counts as unset; a malformed one is a usage error (exit 2), as the
// reproducible-builds spec asks, rather than a silent fall back to the real time.
import { DateTime } from "luxon";
import { UsageError } from "./errors.ts";

export const NOW_VARIABLE = "GAZETTE_NOW";
export const EPOCH_VARIABLE = "SOURCE_DATE_EPOCH";

/**
 * The build's "now": GAZETTE_NOW, else SOURCE_DATE_EPOCH, else `clock()` (milliseconds).
 * @example
 * buildTime({ GAZETTE_NOW: "2025-04-24T09:30:00Z" }).toISO() //=> "2025-04-24T09:30:00.000Z"
 * buildTime({ SOURCE_DATE_EPOCH: "1745485200" }).toUTC().toISO() //=> "2025-04-24T09:00:00.000Z"
 */
export function buildTime(
  env: Record<string, string | undefined> = process.env,
  clock: () => number = Date.now,
): DateTime {
  const pinned = env[NOW_VARIABLE]?.trim();
  if (pinned) {
    const time = DateTime.fromISO(pinned, { setZone: true });
    if (!time.isValid)
      throw new UsageError(
        `${NOW_VARIABLE}="${pinned}" is not a time; set it to an ISO 8601 time like 2025-04-24T09:30:00Z, or unset it`,
      );
    return time;
  }
  const epoch = env[EPOCH_VARIABLE]?.trim();
  if (epoch) {
    const time = /^\d+$/.test(epoch)
      ? DateTime.fromSeconds(Number(epoch), { zone: "utc" })
      : DateTime.invalid("not whole seconds");
    if (!time.isValid)
      throw new UsageError(
        `${EPOCH_VARIABLE}="${epoch}" is not a time; set it to whole seconds since 1970 like 1745485200, or unset it`,
      );
    return time;
  }
  return DateTime.fromMillis(clock());
}
