// Writes a build's pages into the output folder, but only the files whose bytes changed, and
// removes the pages an earlier build wrote that this one did not (a person no longer named),
// except the pages of an article whose page in content/ is broken: those stay as last built
// (`keepFrom`), so a bad hand edit never unpublishes a story.
// What was written is remembered in a manifest (path → hash, size, mtime, and the key of the
// page's inputs), so an unchanged page costs one hash and one stat, not a read, and a page
// whose inputs are unchanged (page-inputs.ts) is not even rendered; a file changed or deleted
// behind Gazette's back fails the size/mtime check and is made again. Writes are synchronous on
// purpose: with fs/promises writes in flight, the search indexer that runs next saw a random
// subset of pages.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { DuplicateUrlError } from "../errors.ts";
import { makeFolder } from "../make-folder.ts";
import { removeStaleTemporaryFilesUnder, writeFileAtomic } from "../write-file-atomic.ts";

interface Written {
  hash: string;
  size: number;
  mtimeMs: number;
  /** Key of what the page was made from, when the caller gave one. */
  inputs?: string;
  /** What the page was made from: an article's page in content/, or a template. */
  source?: string;
}

export interface WriteReport {
  written: string[];
  /** Pages rendered again whose bytes came out the same. */
  unchanged: number;
  /** Pages whose inputs were unchanged, so they were neither rendered nor written. */
  reused: number;
  removed: string[];
  /** Pages of rejected articles kept as the last build wrote them (see `keepFrom`). */
  kept: string[];
}

export class ChangedFileWriter {
  private readonly previous: Map<string, Written>;
  private readonly current = new Map<string, Written>();
  private readonly madeDirs = new Set<string>();
  readonly report: WriteReport = { written: [], unchanged: 0, reused: 0, removed: [], kept: [] };

  /** `manifestPath` keeps what was written between runs; it lives outside the site. */
  constructor(
    private readonly outDir: string,
    private readonly manifestPath: string,
  ) {
    this.previous = readManifest(manifestPath);
    // A build killed part-way (or stopped by a full disk) can leave a temporary file beside a
    // page; the marker says the last build did not finish, so this one sweeps them out of the site.
    if (existsSync(this.openMarker)) removeStaleTemporaryFilesUnder(outDir);
    makeFolder(dirname(manifestPath));
    writeFileAtomic(this.openMarker, "");
  }

  private get openMarker(): string {
    return `${this.manifestPath}.open`;
  }

  /**
   * Keeps the file at `relativePath` as the last build wrote it, if that build made it from the
   * same `inputs` and the file is still as written; returns false when the page must be rendered.
   */
  reuse(relativePath: string, inputs: string): boolean {
    return this.reuseAll([relativePath], inputs);
  }

  /** `reuse` for a group of files that stand or fall together (a search shard): all are kept, or none. */
  reuseAll(relativePaths: readonly string[], inputs: string): boolean {
    const kept: [string, Written][] = [];
    for (const relativePath of relativePaths) {
      const before = this.previous.get(relativePath);
      if (
        before?.inputs !== inputs ||
        this.current.has(relativePath) ||
        !sameFile(join(this.outDir, relativePath), before)
      )
        return false;
      kept.push([relativePath, before]);
    }
    for (const [relativePath, before] of kept) this.current.set(relativePath, before);
    this.report.reused += kept.length;
    return true;
  }

  /**
   * Keeps, as the last build wrote them, the pages made from `sources` (rejected articles) that
   * this build did not make: they are neither rewritten nor removed by `finish()`.
   */
  keepFrom(sources: Iterable<string>): void {
    const keep = new Set(sources);
    if (keep.size === 0) return;
    for (const [relativePath, before] of this.previous) {
      if (before.source === undefined || !keep.has(before.source) || this.current.has(relativePath))
        continue;
      if (!sameFile(join(this.outDir, relativePath), before)) continue;
      this.current.set(relativePath, before);
      this.report.kept.push(relativePath);
    }
  }

  /**
   * Writes `content` to `relativePath` under the output folder unless it is already there.
   * `source` names what the page is made from, for `keepFrom` and for the duplicate-URL error.
   */
  write(
    relativePath: string,
    content: string | Uint8Array,
    inputs?: string,
    source?: string,
  ): void {
    if (this.current.has(relativePath))
      throw new DuplicateUrlError(relativePath, this.current.get(relativePath)!.source, source);
    const hash = createHash("sha1").update(content).digest("base64url");
    const path = join(this.outDir, relativePath);
    const before = this.previous.get(relativePath);
    if (before?.hash === hash && sameFile(path, before)) {
      this.current.set(relativePath, {
        ...before,
        ...(inputs === undefined ? {} : { inputs }),
        ...(source === undefined ? {} : { source }),
      });
      this.report.unchanged++;
      return;
    }
    const dir = dirname(path);
    if (!this.madeDirs.has(dir)) {
      makeFolder(dir);
      this.madeDirs.add(dir);
    }
    // Atomic, like every page ingest writes: a full disk or a killed build leaves the old file or
    // the new one, never half a page for a deploy to ship.
    writeFileAtomic(path, content);
    const stats = statSync(path);
    this.current.set(relativePath, {
      hash,
      size: stats.size,
      mtimeMs: stats.mtimeMs,
      ...(inputs === undefined ? {} : { inputs }),
      ...(source === undefined ? {} : { source }),
    });
    this.report.written.push(relativePath);
  }

  /** Removes the files the last run wrote and this one did not, and saves the manifest. */
  finish(): WriteReport {
    for (const relativePath of this.previous.keys()) {
      if (this.current.has(relativePath)) continue;
      rmSync(join(this.outDir, relativePath), { force: true });
      removeEmptyParents(dirname(join(this.outDir, relativePath)), this.outDir);
      this.report.removed.push(relativePath);
    }
    makeFolder(dirname(this.manifestPath));
    writeFileAtomic(this.manifestPath, JSON.stringify(Object.fromEntries(this.current)));
    rmSync(this.openMarker, { force: true });
    this.previous.clear();
    for (const [path, written] of this.current) this.previous.set(path, written);
    return this.report;
  }
}

/** A removed page leaves no empty folder behind (a host may list it instead of a 404). */
function removeEmptyParents(dir: string, root: string): void {
  while (dir.length > root.length && dir.startsWith(root)) {
    try {
      if (readdirSync(dir).length > 0) return;
      rmdirSync(dir);
    } catch {
      return;
    }
    dir = dirname(dir);
  }
}

function sameFile(path: string, written: Written): boolean {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats !== undefined && stats.size === written.size && stats.mtimeMs === written.mtimeMs;
}

function readManifest(path: string): Map<string, Written> {
  try {
    return new Map(
      Object.entries(JSON.parse(readFileSync(path, "utf8")) as Record<string, Written>),
    );
  } catch {
    return new Map();
  }
}
