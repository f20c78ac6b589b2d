// ingest() extracting new seeds on worker threads writes exactly the pages it writes extracting
// them on the main thread, and a seed that breaks extraction in a worker costs only that seed.
import { cpSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblems, ingestExitCode } from "../../src/ingest/format-report.ts";
import { ingest, type IngestOptions } from "../../src/ingest/index.ts";
import { makeWorkspace, PROJECT_ROOT, snapshotFiles, writeSeed } from "../helpers/workspace.ts";

const FAULTY_WORKER = new URL("../fixtures/extract-workers/faulty.js", import.meta.url);
const bland = (headline: string) =>
  `${headline}\nThe weather was dry and mild across the region on Tuesday.`;

/** The fixture site's seeds (dates pinned by its dates.yaml) plus `extra`, in a fresh folder. */
function seedsWith(extra: Record<string, string> = {}) {
  const workspace = makeWorkspace();
  cpSync(join(PROJECT_ROOT, "tests/fixtures/site/seeds"), workspace.seeds, { recursive: true });
  for (const [name, text] of Object.entries(extra)) writeSeed(workspace, name, text);
  return workspace.seeds;
}

/** Ingests `seedsDir` into a new content folder (own cache); the report and the files written. */
async function ingestInto(seedsDir: string, extraction: IngestOptions["extraction"]) {
  const workspace = makeWorkspace();
  const report = await ingest({
    seedsDir,
    contentDir: workspace.content,
    cacheDir: workspace.cache,
    extraction,
  });
  return { report, files: snapshotFiles(workspace.content) };
}

const onMainThread = { workers: 0 };
const inWorkers = { workers: 2, minSeedsForWorkers: 1 };
const inFaultyWorkers = { ...inWorkers, workerUrl: FAULTY_WORKER };

describe("ingest on worker threads", () => {
  it("writes byte-identical pages to an ingest on the main thread", async () => {
    const seeds = seedsWith({ "crash.txt": bland("Fair weather, CRASH-WORKER") });
    const main = await ingestInto(seeds, onMainThread);
    const workers = await ingestInto(seeds, inWorkers);
    expect(main.report.written.length).toBe(readdirSync(seeds).length - 1); // not dates.yaml
    expect(main.report.rejected).toEqual([]);
    expect([...workers.files.keys()]).toEqual([...main.files.keys()]);
    expect(workers.files).toEqual(main.files);
    expect(workers.report).toEqual(main.report);
  }, 120_000);

  it("reports a seed that makes a worker's extractor throw on one line; the others publish", async () => {
    const seeds = seedsWith({ "broken.txt": bland("Fair weather, FAIL-EXTRACTION") });
    const main = await ingestInto(seeds, onMainThread);
    const faulty = await ingestInto(seeds, inFaultyWorkers);
    expect(faulty.report.rejected).toEqual([
      {
        source: "broken.txt",
        reason: expect.stringMatching(
          /^the extractor failed on it \(TypeError: failed on purpose\)/,
        ),
      },
    ]);
    expect(ingestExitCode(faulty.report)).toBe(1);
    const lines = formatProblems(faulty.report, "seeds", "content");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^seeds\/broken\.txt: the extractor failed on it \(TypeError: failed on purpose\); no page written for it\. Report this seed as a Gazette bug$/,
    );
    // Every other page is written, byte for byte as on the main thread; only broken.txt's is missing.
    const brokenPage = main.report.written.find((page) =>
      main.files.get(page)?.includes("broken.txt"),
    );
    expect(brokenPage).toBeDefined();
    expect(faulty.report.written).toEqual(
      main.report.written.filter((page) => page !== brokenPage),
    );
    for (const page of faulty.report.written)
      expect(faulty.files.get(page)).toBe(main.files.get(page));
  }, 120_000);

  it("keeps the page an earlier run wrote for a seed the extractor now fails on", async () => {
    const seeds = seedsWith({ "broken.txt": bland("Fair weather, FAIL-EXTRACTION") });
    const workspace = makeWorkspace();
    const run = (cacheDir: string, extraction: IngestOptions["extraction"]) =>
      ingest({ seedsDir: seeds, contentDir: workspace.content, cacheDir, extraction });
    await run(join(workspace.root, "cache-1"), onMainThread);
    const before = snapshotFiles(workspace.content);
    // A fresh cache, as after an extractor upgrade: every seed is extracted again.
    const report = await run(join(workspace.root, "cache-2"), inFaultyWorkers);
    expect(report.rejected.map((problem) => problem.source)).toEqual(["broken.txt"]);
    expect(report.orphaned).toEqual([]);
    expect(report.written).toEqual([]);
    expect(snapshotFiles(workspace.content)).toEqual(before);
  }, 120_000);

  it("extracts on the main thread the batch of a worker that died, so no seed is lost", async () => {
    const seeds = seedsWith({ "crash.txt": bland("Fair weather, CRASH-WORKER") });
    const main = await ingestInto(seeds, onMainThread);
    const crashed = await ingestInto(seeds, inFaultyWorkers);
    expect(crashed.report.rejected).toEqual([]);
    expect(crashed.files).toEqual(main.files);
  }, 120_000);
});
