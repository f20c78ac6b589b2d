import { describe, expect, it } from "vitest";
import { updatedAt } from "../../src/ingest/record-update.ts";

const now = "2025-05-01T10:00:00Z";

describe("updatedAt", () => {
  it("records the run's time when a published page's text changed", () => {
    expect(
      updatedAt({ seedHash: "new", now, previous: { seedHash: "old", published: true } }),
    ).toBe(now);
  });

  it("keeps the recorded time while the text stays the same", () => {
    expect(
      updatedAt({
        seedHash: "same",
        now,
        previous: { seedHash: "same", updated: "2025-04-30T08:00:00Z", published: true },
      }),
    ).toBe("2025-04-30T08:00:00Z");
  });

  it("records nothing for a new page, or for a draft or embargoed page whose text changed", () => {
    expect(updatedAt({ seedHash: "new", now })).toBeUndefined();
    expect(
      updatedAt({ seedHash: "new", now, previous: { seedHash: "old", published: false } }),
    ).toBeUndefined();
  });

  it("prefers the editor's time from articles.yaml", () => {
    expect(
      updatedAt({
        explicit: "2025-04-29T00:00:00Z",
        seedHash: "new",
        now,
        previous: { seedHash: "old", published: true },
      }),
    ).toBe("2025-04-29T00:00:00Z");
  });
});
