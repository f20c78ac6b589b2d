import { describe, expect, it } from "vitest";
import { selectPublished, showDrafts, unpublishedReason } from "../../src/render/publication.ts";

const now = Date.parse("2025-05-01T00:00:00Z");
const published = { slug: "out", date: "2025-04-30T23:59:59Z" };
const draft = { slug: "draft", date: "2025-04-01T00:00:00Z", status: "draft" };
const embargoed = { slug: "later", date: "2025-05-01T00:00:01Z" };

describe("drafts and embargoes", () => {
  it.each([
    [published, undefined],
    [draft, "draft"],
    [embargoed, "embargoed"],
    [{ date: "2025-04-01T00:00:00Z", status: "published" }, undefined],
  ])("tells why %j is not published yet", (article, reason) => {
    expect(unpublishedReason(article, now)).toBe(reason);
  });

  it("leaves drafts and stories dated after now out of a build", () => {
    expect(selectPublished([published, draft, embargoed], now).map((a) => a.slug)).toEqual(["out"]);
  });

  it("publishes an embargoed story in the first build after its time", () => {
    expect(selectPublished([embargoed], Date.parse(embargoed.date)).map((a) => a.slug)).toEqual([
      "later",
    ]);
  });

  it("keeps every story in a preview with drafts, marking the unpublished ones", () => {
    const shown = selectPublished([{ ...published }, { ...draft }, { ...embargoed }], now, true);
    expect(shown.map((a) => [a.slug, a.unpublished])).toEqual([
      ["out", undefined],
      ["draft", "draft"],
      ["later", "embargoed"],
    ]);
  });

  it("shows drafts only when GAZETTE_DRAFTS is 1", () => {
    expect(showDrafts({ GAZETTE_DRAFTS: "1" })).toBe(true);
    expect(showDrafts({})).toBe(false);
  });
});
