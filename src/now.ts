// "Now" for ingest and render: when an embargo lifts and when a changed seed was updated.
// GAZETTE_NOW pins it (tests, or previewing a site as it will be at a later time); otherwise
// it is the clock.
import { DateTime } from "luxon";
import { UsageError } from "./errors.ts";

export const NOW_VARIABLE = "GAZETTE_NOW";

/**
 * The build's "now", from GAZETTE_NOW when set.
 * @example
 * buildTime({ GAZETTE_NOW: "2025-04-24T09:30:00Z" }).toISO() //=> "2025-04-24T09:30:00.000Z"
 */
export function buildTime(env: NodeJS.ProcessEnv = process.env): DateTime {
  const pinned = env[NOW_VARIABLE];
  if (pinned === undefined || pinned === "") return DateTime.now();
  const time = DateTime.fromISO(pinned, { setZone: true });
  if (!time.isValid)
    throw new UsageError(
      `${NOW_VARIABLE}="${pinned}" is not a time; set it to an ISO 8601 time like 2025-04-24T09:30:00Z, or unset it`,
    );
  return time;
}
