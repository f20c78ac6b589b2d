import { describe, expect, it } from "vitest";
import { assignSlugs, RESERVED_SLUGS, type SlugRequest } from "../../src/ingest/assign-slugs.ts";

const request = (
  source: string,
  title: string,
  textHash: string,
  existingSlug?: string,
): SlugRequest =>
  existingSlug ? { source, title, textHash, existingSlug } : { source, title, textHash };

describe("assignSlugs", () => {
  const alike = [
    request("a.txt", "Storm hits coast", "aaaaaaaaaaaa"),
    request("b.txt", "STORM HITS COAST!", "bbbbbbbbbbbb"),
    request("c.txt", "Sto\u0308rm hits coast", "cccccccccccc"),
    request("d.txt", "Storm hits coast", "dddddddddddd"),
  ];

  it("gives titles that slug alike their own slugs", () => {
    const slugs = assignSlugs(alike);
    expect(new Set(slugs.values()).size).toBe(4);
    expect(slugs.get("a.txt")).toBe("storm-hits-coast");
    expect(slugs.get("b.txt")).toBe("storm-hits-coast-bbbbbb");
  });

  it("gives the same slugs whatever the order the seeds come in", () => {
    const forward = assignSlugs(alike);
    const backward = assignSlugs([...alike].reverse());
    expect([...backward.entries()].sort()).toEqual([...forward.entries()].sort());
  });

  it("keeps the slug an article already has, even if another article now wants it", () => {
    const slugs = assignSlugs([
      request("z.txt", "Storm hits coast", "zzzzzzzzzzzz", "storm-hits-coast"),
      request("a.txt", "Storm hits coast", "aaaaaaaaaaaa"),
    ]);
    expect(slugs.get("z.txt")).toBe("storm-hits-coast");
    expect(slugs.get("a.txt")).toBe("storm-hits-coast-aaaaaa");
  });

  it.each([
    ["a title with no letters", "?!?", "x/breaking-news.txt", "breaking-news"],
    ["no letters in title or file name", "???", "x/___.txt", "article-12345678"],
  ])("falls back when there is %s", (_case, title, source, expected) => {
    expect(assignSlugs([request(source, title, "1234567890ab")]).get(source)).toBe(expected);
  });

  it("never hands out a reserved slug", () => {
    for (const reserved of RESERVED_SLUGS) {
      const slug = assignSlugs([request("a.txt", reserved, "abcdefabcdef")]).get("a.txt")!;
      expect(RESERVED_SLUGS.has(slug)).toBe(false);
    }
  });

  it("avoids slugs taken by pages that are not from these seeds", () => {
    expect(
      assignSlugs(
        [request("a.txt", "Storm hits coast", "aaaaaaaaaaaa")],
        new Set(["storm-hits-coast"]),
      ).get("a.txt"),
    ).toBe("storm-hits-coast-aaaaaa");
  });

  it("produces only safe, short, lower-case ASCII slugs", () => {
    const hostile = [
      "../../etc/passwd",
      "..\\..\\windows",
      "A".repeat(500),
      "<script>",
      "C:/x",
      "%2e%2e%2f",
    ];
    const slugs = assignSlugs(
      hostile.map((title, i) => request(`${i}.txt`, title, `${i}`.padStart(12, "0"))),
    );
    for (const slug of slugs.values()) {
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(slug.length).toBeLessThanOrEqual(90);
    }
  });
});
