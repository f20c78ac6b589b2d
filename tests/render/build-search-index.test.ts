// The search index in shards: a rebuild re-indexes only the shard whose pages changed, and the
// index it leaves is the one a build from scratch makes (no file of an older index left over).
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSearchIndex, SEARCH_DIR } from "../../src/render/build-search-index.ts";
import { searchShardOf } from "../../src/render/search-shards.ts";
import { snapshotFiles } from "../helpers/workspace.ts";

const page = (title: string, text: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article data-pagefind-body><h1>${title}</h1><p>${text}</p></article></body></html>`;

function writeArticle(outDir: string, slug: string, title: string, text: string): void {
  mkdirSync(join(outDir, "articles", slug), { recursive: true });
  writeFileSync(join(outDir, "articles", slug, "index.html"), page(title, text));
}

describe("buildSearchIndex", () => {
  it("re-indexes only the shard of a changed article, and leaves the index a fresh build makes", async () => {
    const work = mkdtempSync(join(tmpdir(), "gazette-search-"));
    const site = join(work, "site");
    const options = { language: "en-GB", articlesPerShard: 4, cacheDir: join(work, "cache") };
    for (let i = 0; i < 12; i++)
      writeArticle(site, `story-${i}`, `Story number ${i}`, `Harbour news item ${i} about boats.`);

    const first = await buildSearchIndex(site, options);
    expect(first).toMatchObject({ pages: 12, shards: 4 });
    expect(first.reindexed).toEqual([0, 1, 2, 3]);

    const unchanged = await buildSearchIndex(site, options);
    expect(unchanged.reindexed).toEqual([]);

    writeArticle(site, "story-5", "Story number 5", "Harbour news item 5, now about a lighthouse.");
    const changed = await buildSearchIndex(site, options);
    expect(changed.reindexed).toEqual([searchShardOf("articles/story-5/index.html", 4)]);

    const scratch = join(work, "scratch");
    cpSync(join(site, "articles"), join(scratch, "articles"), { recursive: true });
    await buildSearchIndex(scratch, { ...options, cacheDir: join(work, "scratch-cache") });
    const index = (dir: string) => new Map([...snapshotFiles(join(dir, SEARCH_DIR))]);
    expect(index(site)).toEqual(index(scratch));
    expect(index(site).get("shards.json")).toBe('{"shards":["shard-1/","shard-2/","shard-3/"]}\n');
    rmSync(work, { recursive: true, force: true });
  }, 60_000);

  it("removes the other shards when the site shrinks to one index", async () => {
    const work = mkdtempSync(join(tmpdir(), "gazette-search-"));
    const site = join(work, "site");
    const options = { language: "en", articlesPerShard: 2, cacheDir: join(work, "cache") };
    for (let i = 0; i < 4; i++) writeArticle(site, `story-${i}`, `Story ${i}`, `Text ${i}.`);
    expect((await buildSearchIndex(site, options)).shards).toBe(2);
    rmSync(join(site, "articles", "story-0"), { recursive: true });
    rmSync(join(site, "articles", "story-1"), { recursive: true });
    expect((await buildSearchIndex(site, options)).shards).toBe(1);
    const files = [...snapshotFiles(join(site, SEARCH_DIR)).keys()];
    expect(files.filter((file) => file.startsWith("shard-"))).toEqual([]);
    expect(files).toContain("pagefind-entry.json");
    rmSync(work, { recursive: true, force: true });
  }, 60_000);
});
