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

  it("keeps, through finish(), the pages of a rejected source as the last build wrote them", () => {
    const work = mkdtempSync(join(tmpdir(), "gazette-writer-"));
    const out = join(work, "site");
    const manifest = join(work, "written.json");
    const first = new ChangedFileWriter(out, manifest);
    first.write("articles/storm/index.html", "Storm", "k1", "articles/storm.md");
    first.write("articles/calm/index.html", "Calm", "k2", "articles/calm.md");
    first.finish();
    // articles/storm.md is broken now: its page is neither made nor removed; calm's is gone.
    const second = new ChangedFileWriter(out, manifest);
    second.keepFrom(["articles/storm.md"]);
    expect(second.finish()).toMatchObject({
      kept: ["articles/storm/index.html"],
      removed: ["articles/calm/index.html"],
      written: [],
    });
    expect(readFileSync(join(out, "articles/storm/index.html"), "utf8")).toBe("Storm");
    // Still broken on the next build: still kept, because the manifest remembers the source.
    const third = new ChangedFileWriter(out, manifest);
    third.keepFrom(["articles/storm.md"]);
    expect(third.finish().kept).toEqual(["articles/storm/index.html"]);
    // Fixed, or deleted: no longer kept.
    const fourth = new ChangedFileWriter(out, manifest);
    expect(fourth.finish().removed).toEqual(["articles/storm/index.html"]);
  });

  it("names both sources when two pages have one URL", () => {
    const work = mkdtempSync(join(tmpdir(), "gazette-writer-"));
    const writer = new ChangedFileWriter(join(work, "site"), join(work, "written.json"));
    writer.write("about/index.html", "A", "k1", "templates/pages/about.njk");
    expect(() =>
      writer.write("about/index.html", "B", "k2", "templates/pages/my-about.njk"),
    ).toThrow(
      "about/index.html: made by both templates/pages/about.njk and templates/pages/my-about.njk; give one of them another slug or permalink",
    );
  });
});

describe("a build that did not finish", () => {
  it("leaves temporary files that the next build sweeps out of the site; a finished one leaves none to sweep", () => {
    const { out, manifest } = setUp();
    const killed = new ChangedFileWriter(out, manifest);
    killed.write("a/index.html", "A2", "key-a2");
    // What a build killed mid-write leaves: a temporary file beside a page, and no finish().
    writeFileSync(join(out, "b", ".index.html.4242.tmp"), "half a pa");
    writeFileSync(join(out, "b", ".well-kept"), "a file of the site's own");
    const next = new ChangedFileWriter(out, manifest);
    expect(existsSync(join(out, "b", ".index.html.4242.tmp"))).toBe(false);
    expect(existsSync(join(out, "b", ".well-kept"))).toBe(true);
    next.finish();
    writeFileSync(join(out, "b", ".index.html.4243.tmp"), "not ours to judge");
    new ChangedFileWriter(out, manifest);
    expect(existsSync(join(out, "b", ".index.html.4243.tmp"))).toBe(true);
  });
});
