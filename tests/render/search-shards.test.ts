import { describe, expect, it } from "vitest";
import { searchShardCount, searchShardDir, searchShardOf } from "../../src/render/search-shards.ts";

describe("search shards", () => {
  it("uses one index for small sites and doubles the shards as the site outgrows them", () => {
    expect(searchShardCount(0, 1500)).toBe(1);
    expect(searchShardCount(1500, 1500)).toBe(1);
    expect(searchShardCount(1501, 1500)).toBe(2);
    expect(searchShardCount(10_000, 1500)).toBe(8);
    expect(searchShardCount(100_000, 1500)).toBe(128);
  });

  it("puts a page in the same shard on every build, and spreads pages over all shards", () => {
    const paths = Array.from({ length: 4000 }, (_, i) => `articles/story-${i}/index.html`);
    const shards = paths.map((path) => searchShardOf(path, 8));
    expect(paths.map((path) => searchShardOf(path, 8))).toEqual(shards);
    const sizes = Array.from({ length: 8 }, (_, shard) => shards.filter((s) => s === shard).length);
    for (const size of sizes) expect(size).toBeGreaterThan(400);
    expect(searchShardOf("articles/any/index.html", 1)).toBe(0);
  });

  it("keeps every shard inside pagefind/, without the word pagefind in its own name", () => {
    expect(searchShardDir(0)).toBe("pagefind/");
    expect(searchShardDir(3)).toBe("pagefind/shard-3/");
  });
});
