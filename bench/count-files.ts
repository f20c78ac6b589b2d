// Counts the files a generator wrote, and lists their modification times to see what a
// rebuild rewrote.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export interface FileCount {
  files: number;
  htmlPages: number;
}

export function countFiles(dir: string): FileCount {
  const count: FileCount = { files: 0, htmlPages: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    count.files++;
    if (entry.name.endsWith(".html")) count.htmlPages++;
  }
  return count;
}

/** Every file under `dir` (as paths relative to it) with its modification time. */
export function listMtimes(dir: string): Map<string, number> {
  const result = new Map<string, number>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    result.set(relative(dir, path), statSync(path).mtimeMs);
  }
  return result;
}

/** Paths whose modification time differs between two listings, plus added and removed ones. */
export function changedPaths(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>): string[] {
  const changed = [...after].filter(([path, mtime]) => before.get(path) !== mtime).map(([path]) => path);
  const removed = [...before.keys()].filter((path) => !after.has(path));
  return [...changed, ...removed].sort();
}

/** Every file under `dir` with a hash of its bytes, to tell a rewrite from a change. */
export function hashFiles(dir: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const path of listMtimes(dir).keys()) result.set(path, createHash("sha1").update(readFileSync(join(dir, path))).digest("hex"));
  return result;
}
