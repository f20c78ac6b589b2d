// The bulk-routes plugin renders the paginated routes of templates/pages outside Eleventy's
// per-page pipeline. The site it makes must be the one Eleventy makes, byte for byte.
import { mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../src/ingest/index.ts";
import { PROJECT_ROOT } from "../../src/render/render-site.ts";
import { buildSite, siteFiles as files } from "./build-both-ways.ts";
import { cpSync } from "node:fs";

let work: string;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "gazette-bulk-"));
  const fixture = join(PROJECT_ROOT, "tests/fixtures/site");
  cpSync(join(fixture, "content"), join(work, "content"), { recursive: true });
  await ingest({
    seedsDir: join(fixture, "seeds"),
    contentDir: join(work, "content"),
    cacheDir: join(work, "cache"),
  });
  await buildSite(join(work, "content"), join(work, "eleventy"), false);
  await buildSite(join(work, "content"), join(work, "bulk"), { cacheDir: join(work, "cache") });
}, 120_000);

describe("the bulk-routes plugin", () => {
  it("writes the same files with the same bytes as Eleventy's own pagination", () => {
    const eleventy = files(join(work, "eleventy"));
    const bulk = files(join(work, "bulk"));
    expect([...bulk.keys()].sort()).toEqual([...eleventy.keys()].sort());
    const different = [...eleventy]
      .filter(([path, bytes]) => !bytes.equals(bulk.get(path)!))
      .map(([path]) => path);
    expect(different).toEqual([]);
    expect([...bulk.keys()].filter((path) => path.startsWith("articles/")).length).toBeGreaterThan(
      10,
    );
  });

  it("renders and writes nothing again when nothing changed", async () => {
    const written: string[][] = [];
    const reused: number[] = [];
    const page = join(work, "bulk", readdirSync(join(work, "bulk", "articles"))[0]!);
    const before = statSync(join(work, "bulk", "index.html")).mtimeMs;
    await buildSite(join(work, "content"), join(work, "bulk"), {
      cacheDir: join(work, "cache"),
      onWritten: (report) => {
        written.push(report.written);
        reused.push(report.reused);
      },
    });
    expect(written).toEqual([[]]);
    // Every bulk page was reused without rendering: articles, tag and person pages, feeds, home.
    const bulkPages = [...files(join(work, "bulk")).keys()].filter((path) =>
      /^(articles|tags|people)\/[^/]+\/(index\.html|feed\.xml)$/.test(path),
    );
    expect(reused[0]).toBeGreaterThanOrEqual(bulkPages.length);
    expect(statSync(join(work, "bulk", "index.html")).mtimeMs).toBe(before);
    expect(page).toBeTruthy();
  }, 60_000);
});
