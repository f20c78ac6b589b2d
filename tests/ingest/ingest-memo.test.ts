// An ingest run whose inputs did not change answers from the memo; any change runs it again.
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "../../src/ingest/index.ts";
import { recallIngest, rememberIngest } from "../../src/ingest/ingest-memo.ts";

function workspace() {
  const root = mkdtempSync(join(tmpdir(), "gazette-memo-"));
  const seedsDir = join(root, "seeds");
  const contentDir = join(root, "content");
  mkdirSync(seedsDir);
  return { root, seedsDir, contentDir, cacheDir: join(root, "cache") };
}

describe("the ingest memo", () => {
  it("reports every page unchanged when nothing changed, and runs again after a seed or page changes", async () => {
    const folders = workspace();
    writeFileSync(
      join(folders.seedsDir, "storm.txt"),
      "Storm hits coast\nWinds of 90mph hit the coast on Monday.",
    );
    writeFileSync(
      join(folders.seedsDir, "flood.txt"),
      "Floods close roads\nRoads in York were closed on Tuesday.",
    );

    const first = await ingest(folders);
    expect(first.written).toHaveLength(2);
    const second = await ingest(folders);
    expect(second.written).toEqual([]);
    expect(second.unchanged).toEqual([...first.written].sort());

    appendFileSync(join(folders.seedsDir, "storm.txt"), "\nThe storm moved north overnight.");
    const third = await ingest(folders);
    expect(third.written).toHaveLength(1);

    const page = readdirSync(join(folders.contentDir, "articles")).find((name) =>
      name.startsWith("storm"),
    )!;
    appendFileSync(join(folders.contentDir, "articles", page), "\nAn editor's note.\n");
    const fourth = await ingest(folders);
    expect(fourth.keptEdited).toEqual([`articles/${page}`]);
  }, 60_000);

  it("misses a seed saved while the run was going: the record keeps the version the run started from", () => {
    const folders = workspace();
    const seed = join(folders.seedsDir, "storm.txt");
    writeFileSync(seed, "Storm hits coast\nWinds of 90mph hit the coast on Monday.");
    const inputs = { ...folders, extractorVersion: "test", force: false, prune: false };
    const report = {
      written: [],
      unchanged: [],
      keptEdited: [],
      keptHandMade: [],
      unreadablePages: [],
      rejected: [],
      duplicates: [],
      warnings: [],
      orphaned: [],
      pruned: [],
    };

    const { snapshot } = recallIngest(inputs);
    rememberIngest(inputs, report, snapshot, []);
    expect(recallIngest(inputs).report).toEqual(report);

    const { snapshot: started } = recallIngest(inputs);
    appendFileSync(seed, "\nSaved while ingest ran.");
    rememberIngest(inputs, report, started, []);
    expect(recallIngest(inputs).report).toBeUndefined();
  });
});
