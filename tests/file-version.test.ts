import { spawnSync } from "node:child_process";
import { appendFileSync, mkdtempSync, renameSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileVersion } from "../src/file-version.ts";

describe("fileVersion", () => {
  it("changes when a file is written to or replaced by rename, and is undefined for a missing file", () => {
    const root = mkdtempSync(join(tmpdir(), "gazette-version-"));
    const file = join(root, "a.txt");
    writeFileSync(file, "one");
    const first = fileVersion(file);
    expect(first).toMatch(/^\d+:\d+:3:[\d.]+:[\d.]+$/);
    expect(fileVersion(file)).toBe(first);
    appendFileSync(file, "two");
    const second = fileVersion(file);
    expect(second).not.toBe(first);
    // Same size, replaced by rename as ingest writes pages: a new inode.
    writeFileSync(join(root, "b.txt"), "onetwo");
    renameSync(join(root, "b.txt"), file);
    expect(fileVersion(file)).not.toBe(second);
    expect(fileVersion(join(root, "missing.txt"))).toBeUndefined();
  });

  it("changes when a file is rewritten in place with the same size and its mtime set back", async () => {
    const root = mkdtempSync(join(tmpdir(), "gazette-version-"));
    const file = join(root, "a.txt");
    writeFileSync(file, "Storm hits coast");
    const before = fileVersion(file);
    const mtime = statSync(file, { bigint: true }).mtimeNs;
    expect(spawnSync("cp", ["-p", file, join(root, "times")]).status).toBe(0);
    await new Promise((done) => setTimeout(done, 20));
    writeFileSync(file, "Storm hits COAST");
    expect(spawnSync("touch", ["-r", join(root, "times"), file]).status).toBe(0);
    expect(statSync(file, { bigint: true }).mtimeNs).toBe(mtime);
    expect(fileVersion(file)).not.toBe(before);
  });
});
