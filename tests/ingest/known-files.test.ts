// What ingest keeps of unchanged seeds and pages between runs (known-files.ts) saves reading
// them, and must never change what ingest writes.
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ingest, type IngestOptions } from "../../src/ingest/index.ts";
import { KnownFiles } from "../../src/ingest/known-files.ts";

function workspace() {
  const root = mkdtempSync(join(tmpdir(), "gazette-known-"));
  const seedsDir = join(root, "seeds");
  mkdirSync(seedsDir);
  return { root, seedsDir, contentDir: join(root, "content"), cacheDir: join(root, "cache") };
}

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      files[join(entry.parentPath, entry.name).slice(dir.length)] = readFileSync(
        join(entry.parentPath, entry.name),
        "utf8",
      );
  }
  return files;
}

afterEach(() => {
  delete process.env.GAZETTE_NOW;
});

describe("KnownFiles", () => {
  it("recalls a fact only for the file version it was learned at, and keeps only what a run used", () => {
    const root = mkdtempSync(join(tmpdir(), "gazette-known-unit-"));
    const record = join(root, "known.json");
    const known = KnownFiles.open(record, "code-1");
    known.remember("seed", "a.txt", "1:10:5", { headline: "A" });
    known.remember("seed", "b.txt", "2:10:5", { headline: "B" });
    known.save();

    const again = KnownFiles.open(record, "code-1");
    expect(again.recall("seed", "a.txt", "1:10:5")).toEqual({ headline: "A" });
    expect(again.recall("seed", "a.txt", "1:11:5")).toBeUndefined();
    expect(again.recall("page", "a.txt", "1:10:5")).toBeUndefined();
    again.save();
    // b.txt was not asked for (its file is gone), so it is not carried on.
    expect(KnownFiles.open(record, "code-1").recall("seed", "b.txt", "2:10:5")).toBeUndefined();
    expect(KnownFiles.open(record, "code-2").recall("seed", "a.txt", "1:10:5")).toBeUndefined();
  });

  it("is an empty record when its file is damaged", () => {
    const root = mkdtempSync(join(tmpdir(), "gazette-known-unit-"));
    writeFileSync(join(root, "known.json"), '{"codeVersion": "code-1", "entr');
    expect(
      KnownFiles.open(join(root, "known.json"), "code-1").recall("seed", "a.txt", "1"),
    ).toBeUndefined();
  });
});

describe("ingest with what it knows of unchanged files", () => {
  it("writes exactly what an ingest that reads every file writes, through edits, new names, hand edits and removals", async () => {
    // Both runs of a step record an edited seed's `updated` at "now": the same now for both.
    process.env.GAZETTE_NOW = "2025-05-01T12:00:00Z";
    const folders = workspace();
    const seed = (name: string, text: string) => writeFileSync(join(folders.seedsDir, name), text);
    seed(
      "storm.txt",
      'Storm hits coast\nWinds of 90mph hit the coast on Monday, said Jane Smith.\nMs Smith said: "Stay indoors."',
    );
    seed(
      "talks.txt",
      "Talks resume in Geneva\nOkonkwo said the talks in Geneva would resume on Friday.",
    );
    seed(
      "flood.txt",
      "Floods close roads in York\nRoads in York were closed after the River Ouse burst its banks.",
    );

    // Each step runs ingest twice from the same state: once as it is (with the record of known
    // files) and once on a copy of the content folder with an empty cache, which reads everything.
    const step = async (change: () => void, options: Partial<IngestOptions> = {}) => {
      change();
      const copy = join(folders.root, `fresh-${Math.random().toString(36).slice(2)}`);
      if (readdirSync(folders.root).includes("content"))
        cpSync(folders.contentDir, copy, { recursive: true });
      const fresh = await ingest({
        ...folders,
        ...options,
        contentDir: copy,
        cacheDir: join(copy, ".no-cache"),
      });
      rmSync(join(copy, ".no-cache"), { recursive: true });
      const withRecord = await ingest({ ...folders, ...options });
      expect(snapshot(folders.contentDir)).toEqual(snapshot(copy));
      expect(withRecord).toEqual(fresh);
      return withRecord;
    };

    expect((await step(() => {})).written).toHaveLength(3);
    expect(
      (
        await step(() =>
          appendFileSync(join(folders.seedsDir, "storm.txt"), "\nThe storm moved north."),
        )
      ).written,
    ).toEqual(["articles/storm-hits-coast.md"]);
    // A new seed names Jane Okonkwo in full: the unchanged talks.txt now resolves "Okonkwo" to her.
    const named = await step(() =>
      seed("visit.txt", "Jane Okonkwo visits Geneva\nJane Okonkwo arrived in Geneva on Thursday."),
    );
    expect(named.written.sort()).toEqual([
      "articles/jane-okonkwo-visits-geneva.md",
      "articles/talks-resume-in-geneva.md",
    ]);
    const edited = await step(() =>
      appendFileSync(
        join(folders.contentDir, "articles", "floods-close-roads-in-york.md"),
        "\nAn editor's note.\n",
      ),
    );
    expect(edited.keptEdited).toEqual(["articles/floods-close-roads-in-york.md"]);
    expect(
      (await step(() => rmSync(join(folders.contentDir, "articles", "storm-hits-coast.md"))))
        .written,
    ).toEqual(["articles/storm-hits-coast.md"]);
    const roles = await step(() => {
      mkdirSync(join(folders.contentDir, "_data"), { recursive: true });
      writeFileSync(
        join(folders.contentDir, "_data", "people.yaml"),
        'people:\n  "Jane Smith":\n    role: "Forecaster"\n',
      );
    });
    expect(roles.written).toEqual(["articles/storm-hits-coast.md"]);
    const dated = await step(() =>
      writeFileSync(join(folders.seedsDir, "dates.yaml"), "talks.txt: 2025-04-24T09:30\n"),
    );
    expect(dated.written).toEqual(["articles/talks-resume-in-geneva.md"]);
    const pruned = await step(() => rmSync(join(folders.seedsDir, "visit.txt")), { prune: true });
    expect(pruned.pruned).toEqual(["articles/jane-okonkwo-visits-geneva.md"]);
  }, 120_000);

  it("reads again a seed edited with the same size and its modification time put back (its change time moved)", async () => {
    const folders = workspace();
    const path = join(folders.seedsDir, "storm.txt");
    const time = new Date("2025-04-24T09:30:00Z");
    writeFileSync(path, "Storm hits coast\nWinds of 90mph hit the coast on Monday.");
    utimesSync(path, time, time);
    await ingest(folders);
    // Same length, other words, same mtime: the inode, size and mtime that make and Eleventy's
    // incremental builds trust would miss it; the status-change time, which no one can set, does not.
    await new Promise((done) => setTimeout(done, 20));
    writeFileSync(path, "Storm hits coast\nWinds of 80mph hit the coast on Monday.");
    utimesSync(path, time, time);
    rmSync(
      join(
        folders.cacheDir,
        readdirSync(folders.cacheDir).find((name) => name.startsWith("ingest-"))!,
      ),
    );
    const report = await ingest(folders);
    expect(report.written).toEqual(["articles/storm-hits-coast.md"]);
    expect(
      readFileSync(join(folders.contentDir, "articles", "storm-hits-coast.md"), "utf8"),
    ).toContain("80mph");
    expect((await ingest(folders)).written).toEqual([]);
  }, 60_000);
});
