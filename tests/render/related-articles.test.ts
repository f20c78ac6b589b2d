import { describe, expect, it } from "vitest";
import { compareNewestFirst, relatedArticles } from "../../src/render/related-articles.ts";

const article = (
  slug: string,
  people: string[],
  tags: string[],
  date = "2025-01-01T00:00:00Z",
) => ({ slug, people, tags, date });

describe("relatedArticles", () => {
  it("ranks articles sharing people above those sharing only tags", () => {
    const related = relatedArticles([
      article("a", ["Jane Smith"], ["York"]),
      article("b", [], ["York"]),
      article("c", ["Jane Smith"], []),
      article("d", ["Someone Else"], ["Leeds"]),
    ]);
    expect(related.get("a")!.map((other) => other.slug)).toEqual(["c", "b"]);
    expect(related.get("d")).toEqual([]);
  });

  it("counts a rare shared tag for more than a common one", () => {
    const common = Array.from({ length: 20 }, (_, i) =>
      article(`common-${i}`, [], ["United Kingdom"]),
    );
    const related = relatedArticles(
      [article("a", [], ["United Kingdom", "Whitby"]), article("rare", [], ["Whitby"]), ...common],
      1,
    );
    expect(related.get("a")!.map((other) => other.slug)).toEqual(["rare"]);
  });

  it("breaks ties newest first, then by slug, so the order never depends on file order", () => {
    const input = [
      article("x", ["P"], [], "2025-01-01T00:00:00Z"),
      article("b", ["P"], [], "2025-01-02T00:00:00Z"),
      article("a", ["P"], [], "2025-01-02T00:00:00Z"),
    ];
    expect(
      relatedArticles(input)
        .get("x")!
        .map((other) => other.slug),
    ).toEqual(["a", "b"]);
    expect(
      relatedArticles([...input].reverse())
        .get("x")!
        .map((other) => other.slug),
    ).toEqual(["a", "b"]);
  });

  it("returns at most the limit", () => {
    const many = Array.from({ length: 10 }, (_, i) => article(`s${i}`, ["P"], []));
    expect(relatedArticles(many, 4).get("s0")).toHaveLength(4);
  });

  it("compares dates as instants, not strings", () => {
    expect(
      compareNewestFirst(
        { date: "2025-01-01T10:00:00+02:00", slug: "a" },
        { date: "2025-01-01T09:00:00Z", slug: "b" },
      ),
    ).toBeGreaterThan(0);
  });
});
