// Remembers the last ingest run: a fingerprint of everything ingest reads (every file under the
// seeds folder and the content folder by path, size and modification time; the git commit the
// seeds are at; the extractor version and the ingest code itself; the options) and the report
// it gave. When nothing in it changed, a run is the same run again: it writes nothing, so its
// report is the last one with every page unchanged, and it costs a walk of the folders instead
// of reading, hashing and re-resolving every seed (issue: re-ingest ≥5,000 articles/s).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { IngestReport } from "./index.ts";
import { hashText } from "../hash.ts";

export interface MemoInputs {
  seedsDir: string;
  contentDir: string;
  cacheDir: string;
  extractorVersion: string;
  force: boolean;
  prune: boolean;
}

/** The code that decides what ingest writes (src/ingest, src/extract and the shared modules in
 * src/): a change to it must not be answered from the memo. */
const SOURCE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The last run's report, every written page counted as unchanged, if no input changed since. */
export function recallIngest(inputs: MemoInputs): IngestReport | undefined {
  let stored: { fingerprint: string; report: IngestReport };
  try {
    stored = JSON.parse(readFileSync(memoFile(inputs), "utf8"));
  } catch {
    return undefined;
  }
  if (stored.fingerprint !== fingerprint(inputs)) return undefined;
  const { report } = stored;
  return { ...report, written: [], pruned: [], unchanged: [...report.unchanged, ...report.written].sort() };
}

/** Records a finished run; call it after the run wrote its pages. */
export function rememberIngest(inputs: MemoInputs, report: IngestReport): void {
  mkdirSync(inputs.cacheDir, { recursive: true });
  writeFileSync(memoFile(inputs), JSON.stringify({ fingerprint: fingerprint(inputs), report }));
}

function memoFile(inputs: MemoInputs): string {
  return ingestCacheFile(inputs, "ingest");
}

/** A file in the cache folder for one pair of seeds and content folders, e.g. `ingest-<key>.json`. */
export function ingestCacheFile(inputs: Pick<MemoInputs, "seedsDir" | "contentDir" | "cacheDir">, name: string): string {
  const key = hashText(`${resolve(inputs.seedsDir)}\0${resolve(inputs.contentDir)}`, 12);
  return join(inputs.cacheDir, `${name}-${key}.json`);
}

let codeVersion: string | undefined;

/** A hash of ingest's code (it cannot change while a process runs, so it is computed once). */
export function ingestCodeVersion(): string {
  if (codeVersion === undefined) {
    const hash = createHash("sha1");
    for (const dir of ["ingest", "extract"]) hash.update(`\0${listFiles(join(SOURCE_DIR, dir), false)}`);
    hash.update(`\0${listFiles(SOURCE_DIR, false, false)}`);
    codeVersion = hash.digest("hex");
  }
  return codeVersion;
}

function fingerprint(inputs: MemoInputs): string {
  const hash = createHash("sha1");
  hash.update(JSON.stringify([inputs.extractorVersion, inputs.force, inputs.prune, gitHead(inputs.seedsDir), ingestCodeVersion()]));
  for (const dir of [inputs.seedsDir, inputs.contentDir]) hash.update(`\0${listFiles(dir, true)}`);
  return hash.digest("hex");
}

/**
 * "path size mtime" per file under `dir`, sorted; with `statsOnly` false, content hashes
 * instead; with `recursive` false, only the files directly in `dir`.
 */
function listFiles(dir: string, statsOnly: boolean, recursive = true): string {
  const lines: string[] = [];
  const walk = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (recursive) walk(path);
      }
      else if (statsOnly) {
        const stats = statSync(path);
        lines.push(`${path} ${stats.size} ${stats.mtimeMs}`);
      } else lines.push(`${path} ${createHash("sha1").update(readFileSync(path)).digest("hex")}`);
    }
  };
  walk(dir);
  return lines.sort().join("\n");
}

/** The last commit that touched the seeds ("" outside git): committing a seed changes its date. */
function gitHead(seedsDir: string): string {
  try {
    return execFileSync("git", ["-C", seedsDir, "log", "-1", "--format=%H", "--", "."], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}
