import { describe, expect, it } from "vitest";
import { buildTime } from "../src/now.ts";

const clock = () => Date.parse("2030-01-01T00:00:00Z");

describe("buildTime", () => {
  it("is GAZETTE_NOW when set", () => {
    expect(buildTime({ GAZETTE_NOW: "2025-04-24T09:30:00+02:00" }, clock).toMillis()).toBe(
      Date.parse("2025-04-24T07:30:00Z"),
    );
  });

  it("reads SOURCE_DATE_EPOCH when GAZETTE_NOW is not set, so a build can be repeated", () => {
    expect(buildTime({ SOURCE_DATE_EPOCH: "1745485200" }, clock).toUTC().toISO()).toBe(
      "2025-04-24T09:00:00.000Z",
    );
  });

  it("prefers GAZETTE_NOW to SOURCE_DATE_EPOCH", () => {
    const env = { GAZETTE_NOW: "2025-05-02T09:00:00Z", SOURCE_DATE_EPOCH: "1745485200" };
    expect(buildTime(env, clock).toMillis()).toBe(Date.parse("2025-05-02T09:00:00Z"));
  });

  it.each([
    [{}],
    [{ GAZETTE_NOW: "", SOURCE_DATE_EPOCH: "" }],
    [{ GAZETTE_NOW: " ", SOURCE_DATE_EPOCH: undefined }],
  ])("is the clock when neither is set: %j", (env) => {
    expect(buildTime(env, clock).toMillis()).toBe(clock());
  });

  it("is the real time by default", () => {
    expect(Math.abs(buildTime({}).toMillis() - Date.now())).toBeLessThan(5_000);
  });

  it("rejects a GAZETTE_NOW that is not a time, naming the variable and the fix", () => {
    expect(() => buildTime({ GAZETTE_NOW: "soon" })).toThrow(
      /^GAZETTE_NOW="soon" is not a time; set it to an ISO 8601 time/,
    );
  });

  it.each([["soon"], ["1745485200.5"], ["-1"], ["99999999999999999999"]])(
    "rejects SOURCE_DATE_EPOCH=%j, naming the variable and the fix",
    (value) => {
      expect(() => buildTime({ SOURCE_DATE_EPOCH: value })).toThrow(
        /^SOURCE_DATE_EPOCH=".*" is not a time; set it to whole seconds since 1970/,
      );
    },
  );
});
