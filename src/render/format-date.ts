// Dates for readers and for machines, always through luxon in the site's time zone.
import { DateTime } from "luxon";

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
  return inZone(iso, zone).setLocale(locale).toFormat(format);
}

/** The value of `<time datetime>`, and of Atom's dates: RFC 3339 with the zone's offset. */
export function isoDateTime(iso: string, zone: string): string {
  return inZone(iso, zone).toISO({ suppressMilliseconds: true })!;
}

/** "2025-04" → "April 2025" */
export function formatMonth(month: string, locale = "en"): string {
  return DateTime.fromISO(`${month}-01`, { zone: "utc" }).setLocale(locale).toFormat("LLLL yyyy");
}
