import { describe, expect, it } from "vitest";
import { formatPage, parsePage } from "../../src/front-matter.ts";
import { pageState, stampPage } from "../../src/ingest/stamp-page.ts";

const data = {
  title: "Storm hits coast",
  slug: "storm-hits-coast",
  date: "2025-01-01T00:00:00Z",
  description: "Winds.",
  people: [],
  tags: ["Weather"],
  source: "storm.txt",
};

describe("stampPage / pageState", () => {
  it("recognises a page exactly as ingest wrote it", () => {
    expect(pageState(stampPage(data, "Winds.\n"))).toBe("pristine");
  });

  it("notices an edit to the body", () => {
    expect(pageState(stampPage(data, "Winds.\n").replace("Winds.\n", "Winds of 90mph.\n"))).toBe(
      "edited",
    );
  });

  it("notices an edit to the front matter", () => {
    expect(pageState(stampPage(data, "Winds.\n").replace('"Weather"', '"Storms"'))).toBe("edited");
  });

  it("writes the page formatPage writes, with the stamp as the last front-matter key", () => {
    const full = {
      ...data,
      dateSource: "manifest" as const,
      roles: {},
      aliases: {},
      quotes: [{ text: "---" }],
      wordCount: 1,
      seedHash: "abc",
    };
    const stamped = stampPage(full, "Winds.\n---\nMore.\n");
    const parsed = parsePage(stamped);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(stamped).toBe(
      formatPage({ ...full, ingestHash: parsed.data.ingestHash }, "Winds.\n---\nMore.\n"),
    );
    expect(parsed.data.ingestHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it("treats a page without a stamp as hand-made", () => {
    expect(pageState("---\ntitle: x\n---\nbody")).toBe("hand-made");
  });
});
