// Dates for readers and for machines, always through luxon in the site's time zone.
import { DateTime } from "luxon";
import { boundedCache } from "../remember.ts";

function inZone(iso: string, zone: string): DateTime {
  const date = DateTime.fromISO(iso, { setZone: true }).setZone(zone);
  if (!date.isValid) throw new Error(`Expected an ISO 8601 date, not \`${iso}\``);
  return date;
}

/**
 * @example
 * formatDate("2025-04-24T09:30:00-04:00", "d LLLL yyyy", "Europe/London") //=> "24 April 2025"
 */
export function formatDate(iso: string, format: string, zone: string, locale = "en"): string {
  return remember(`${iso}|${format}|${zone}|${locale}`, () =>
    inZone(iso, zone).setLocale(locale).toFormat(format),
  );
}

/** The value of `<time datetime>`, and of Atom's dates: RFC 3339 with the zone's offset. */
export function isoDateTime(iso: string, zone: string): string {
  return remember(`${iso}|iso|${zone}`, () =>
    inZone(iso, zone).toISO({ suppressMilliseconds: true })!,
  );
}

// Every article date is printed on its own page and on each list it appears in (home, tags,
// people, feeds): tens of thousands of times in a large site, at ~30 µs a luxon format.
const remember = boundedCache<string>(100_000);

/** "2025-04" → "April 2025" */
export function formatMonth(month: string, locale = "en"): string {
  return DateTime.fromISO(`${month}-01`, { zone: "utc" }).setLocale(locale).toFormat("LLLL yyyy");
}
