import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listSeeds, readSeed } from "../../src/ingest/read-seeds.ts";

function seedsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "gazette-seeds-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe("listSeeds", () => {
  it("finds *.txt files in sub-folders, sorted, skipping dot-files and other files", () => {
    const dir = seedsDir({
      "b.txt": "B\nb",
      "a/z.TXT": "Z\nz",
      "a/y.txt": "Y\ny",
      ".hidden.txt": "H\nh",
      "notes.md": "x",
      "dates.yaml": "",
    });
    expect(listSeeds(dir)).toEqual(["a/y.txt", "a/z.TXT", "b.txt"]);
  });
});

describe("readSeed", () => {
  it("gives identical texts the same hash whatever their line endings", () => {
    const dir = seedsDir({ "lf.txt": "Storm\nWinds.", "crlf.txt": "Storm\r\nWinds.\r\n" });
    const lf = readSeed(dir, "lf.txt");
    const crlf = readSeed(dir, "crlf.txt");
    expect(lf.ok && crlf.ok && lf.seed.textHash === crlf.seed.textHash).toBe(true);
  });

  it("reports a file it cannot read instead of throwing", () => {
    const dir = seedsDir({});
    expect(readSeed(dir, "missing.txt")).toEqual({
      ok: false,
      source: "missing.txt",
      reason: expect.stringMatching(/cannot be read \(ENOENT\)/),
    });
  });
});
