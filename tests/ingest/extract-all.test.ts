// Worker-thread extraction must give exactly what the main thread gives, in seed order.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXTRACTOR_VERSION } from "../../src/extract/index.ts";
import { extractAll } from "../../src/ingest/extract-all.ts";
import { ExtractionCache } from "../../src/ingest/extraction-cache.ts";
import { listSeeds, readSeed, type Seed } from "../../src/ingest/read-seeds.ts";
import { CORPUS_DIR, PROJECT_ROOT } from "../helpers/workspace.ts";

function readAll(dir: string, limit = Infinity): Seed[] {
  return listSeeds(dir)
    .slice(0, limit)
    .flatMap((source) => {
      const result = readSeed(dir, source);
      return result.ok ? [result.seed] : [];
    });
}

const freshCache = () =>
  ExtractionCache.open(mkdtempSync(join(tmpdir(), "gazette-extract-")), EXTRACTOR_VERSION);

describe("extractAll", () => {
  it("gives the same extractions on worker threads as on the main thread", async () => {
    const seeds = readAll(join(PROJECT_ROOT, "tests/fixtures/site/seeds"));
    const progress: number[] = [];
    const inWorkers = await extractAll(seeds, freshCache(), (done) => progress.push(done), {
      workers: 2,
      minSeedsForWorkers: 1,
    });
    const onMainThread = await extractAll(seeds, freshCache(), undefined, { workers: 0 });
    expect(seeds.length).toBeGreaterThan(10);
    expect(inWorkers).toEqual(onMainThread);
    expect(progress.at(-1)).toBe(seeds.length);
  }, 60_000);

  it("fills the cache, so a second run extracts nothing", async () => {
    const seeds = readAll(join(PROJECT_ROOT, "tests/fixtures/site/seeds"));
    const cache = freshCache();
    const first = await extractAll(seeds, cache, undefined, { workers: 2, minSeedsForWorkers: 1 });
    const progress: number[] = [];
    expect(await extractAll(seeds, cache, (done) => progress.push(done))).toEqual(first);
    expect(progress).toEqual([]);
  }, 60_000);

  it.skipIf(!existsSync(CORPUS_DIR))(
    "agrees with the main thread on 300 BBC articles (skipped without ../shared/corpus/bbc)",
    async () => {
      const seeds = readAll(CORPUS_DIR, 300);
      const inWorkers = await extractAll(seeds, freshCache(), undefined, { workers: 2 });
      const onMainThread = await extractAll(seeds, freshCache(), undefined, { workers: 0 });
      expect(inWorkers).toEqual(onMainThread);
    },
    120_000,
  );
});
