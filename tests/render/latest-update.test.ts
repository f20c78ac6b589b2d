import { describe, expect, it } from "vitest";
import { latestUpdate } from "../../src/render/latest-update.ts";

describe("latestUpdate", () => {
  it("is the newest publication when nothing was updated", () => {
    expect(latestUpdate([{ date: "2025-04-02T00:00:00Z" }, { date: "2025-04-01T00:00:00Z" }])).toBe(
      "2025-04-02T00:00:00Z",
    );
  });

  it("is an older story's update when that came later", () => {
    expect(
      latestUpdate([
        { date: "2025-04-02T00:00:00Z" },
        { date: "2025-04-01T00:00:00Z", updated: "2025-04-03T09:00:00+01:00" },
      ]),
    ).toBe("2025-04-03T09:00:00+01:00");
  });

  it("is undefined for an empty feed", () => {
    expect(latestUpdate([])).toBeUndefined();
  });
});
