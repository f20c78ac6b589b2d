import { describe, expect, it } from "vitest";
import { buildTime } from "../src/now.ts";

describe("buildTime", () => {
  it("is GAZETTE_NOW when set", () => {
    expect(buildTime({ GAZETTE_NOW: "2025-04-24T09:30:00+02:00" }).toMillis()).toBe(
      Date.parse("2025-04-24T07:30:00Z"),
    );
  });

  it("is the clock otherwise", () => {
    expect(Math.abs(buildTime({}).toMillis() - Date.now())).toBeLessThan(5_000);
  });

  it("rejects a GAZETTE_NOW that is not a time, naming the variable and the fix", () => {
    expect(() => buildTime({ GAZETTE_NOW: "soon" })).toThrow(
      /^GAZETTE_NOW="soon" is not a time; set it to an ISO 8601 time/,
    );
  });
});
