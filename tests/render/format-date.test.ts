import { describe, expect, it } from "vitest";
import { formatDate, formatMonth, isoDateTime } from "../../src/render/format-date.ts";

describe("dates", () => {
  it.each([
    ["2025-04-24T09:30:00-04:00", "Europe/London", "24 April 2025 14:30"],
    ["2025-04-24T23:30:00-04:00", "Europe/London", "25 April 2025 04:30"],
    ["2025-04-24T09:30:00Z", "America/New_York", "24 April 2025 05:30"],
  ])("shows %s in the site's zone %s as %s", (iso, zone, expected) => {
    expect(formatDate(iso, "d LLLL yyyy HH:mm", zone)).toBe(expected);
  });

  it("writes <time datetime> values with the zone's offset", () => {
    expect(isoDateTime("2025-04-24T13:30:00Z", "America/New_York")).toBe(
      "2025-04-24T09:30:00-04:00",
    );
    expect(isoDateTime("2025-01-24T13:30:00Z", "UTC")).toBe("2025-01-24T13:30:00Z");
  });

  it("names a month", () => {
    expect(formatMonth("2025-04")).toBe("April 2025");
  });

  it("refuses a date that is not ISO 8601, saying what it got", () => {
    expect(() => formatDate("24/04/2025", "d LLLL yyyy", "UTC")).toThrow(
      /Expected an ISO 8601 date, not `24\/04\/2025`/,
    );
  });
});
