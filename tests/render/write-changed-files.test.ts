import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ChangedFileWriter } from "../../src/render/write-changed-files.ts";

function setUp() {
  const work = mkdtempSync(join(tmpdir(), "gazette-writer-"));
  const out = join(work, "site");
  const manifest = join(work, "cache", "written.json");
  const first = new ChangedFileWriter(out, manifest);
  first.write("a/index.html", "A", "key-a");
  first.write("b/index.html", "B", "key-b");
  first.finish();
  return { out, manifest };
}

describe("ChangedFileWriter", () => {
  it("reuses a page made from the same inputs, and keeps it through finish()", () => {
    const { out, manifest } = setUp();
    const writer = new ChangedFileWriter(out, manifest);
    expect(writer.reuse("a/index.html", "key-a")).toBe(true);
    expect(writer.reuse("b/index.html", "key-b changed")).toBe(false);
    writer.write("b/index.html", "B2", "key-b changed");
    const report = writer.finish();
    expect(report).toMatchObject({ reused: 1, written: ["b/index.html"], removed: [] });
    expect(readFileSync(join(out, "a/index.html"), "utf8")).toBe("A");
  });

  it("does not reuse a file changed or deleted behind its back", () => {
    const { out, manifest } = setUp();
    writeFileSync(join(out, "a/index.html"), "edited by hand");
    const writer = new ChangedFileWriter(out, manifest);
    expect(writer.reuse("a/index.html", "key-a")).toBe(false);
  });

  it("keeps a group of files all together or not at all", () => {
    const { out, manifest } = setUp();
    const writer = new ChangedFileWriter(out, manifest);
    expect(writer.reuseAll(["a/index.html", "b/index.html"], "key-a")).toBe(false);
    expect(writer.report.reused).toBe(0);
    // Neither was kept, so both can be written again without a duplicate-URL error.
    writer.write("a/index.html", "A", "key-a");
    writer.write("b/index.html", "B", "key-b");
    expect(writer.finish().removed).toEqual([]);
  });

  it("removes the files the last build wrote and this one neither wrote nor reused", () => {
    const { out, manifest } = setUp();
    const writer = new ChangedFileWriter(out, manifest);
    writer.reuse("a/index.html", "key-a");
    expect(writer.finish().removed).toEqual(["b/index.html"]);
    expect(existsSync(join(out, "b"))).toBe(false);
  });
});
