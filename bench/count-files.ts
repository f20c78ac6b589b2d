// Counts the files a generator wrote, and lists their modification times and hashes to see
// what a rebuild rewrote and what it changed. (A hand-written walk: Node 20's recursive
// readdirSync returned incomplete listings here.)
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export interface FileCount {
  files: number;
  htmlPages: number;
}

/** Every file under `dir`, as paths relative to it. */
export function listFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) found.push(relative(dir, path));
    }
  };
  walk(dir);
  return found.sort();
}

export function countFiles(dir: string): FileCount {
  const files = listFiles(dir);
  return { files: files.length, htmlPages: files.filter((path) => path.endsWith(".html")).length };
}

/** Every file under `dir` with its modification time. */
export function listMtimes(dir: string): Map<string, number> {
  return new Map(listFiles(dir).map((path) => [path, statSync(join(dir, path)).mtimeMs]));
}

/** Every file under `dir` with a hash of its bytes, to tell a rewrite from a change. */
export function hashFiles(dir: string): Map<string, string> {
  return new Map(
    listFiles(dir).map((path) => [
      path,
      createHash("sha1")
        .update(readFileSync(join(dir, path)))
        .digest("hex"),
    ]),
  );
}

/** Paths whose modification time differs between two listings, plus added and removed ones. */
export function changedPaths(
  before: ReadonlyMap<string, number>,
  after: ReadonlyMap<string, number>,
): string[] {
  const changed = [...after]
    .filter(([path, mtime]) => before.get(path) !== mtime)
    .map(([path]) => path);
  const removed = [...before.keys()].filter((path) => !after.has(path));
  return [...changed, ...removed].sort();
}
