// Extraction results kept between runs, keyed by the seed's text hash and the extractor's
// version: an unchanged seed is never handed to the NLP library twice.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Extraction } from "../extract/types.ts";
import { writeFileAtomic } from "../write-file-atomic.ts";
import { makeFolder } from "../make-folder.ts";

export class ExtractionCache {
  private readonly entries: Map<string, Extraction>;
  private changed = false;

  private constructor(
    private readonly file: string,
    entries: Map<string, Extraction>,
  ) {
    this.entries = entries;
  }

  /** Opens the cache for one extractor version; a missing or unreadable cache is an empty one. */
  static open(cacheDir: string, extractorVersion: string): ExtractionCache {
    const file = join(cacheDir, `extractions-${extractorVersion.replace(/[^\w.-]/g, "_")}.json`);
    let entries = new Map<string, Extraction>();
    try {
      entries = new Map(
        Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, Extraction>),
      );
    } catch {
      // First run, or a cache from a crashed run: start over, it is only a cache.
    }
    return new ExtractionCache(file, entries);
  }

  get(textHash: string): Extraction | undefined {
    return this.entries.get(textHash);
  }

  set(textHash: string, extraction: Extraction): void {
    this.entries.set(textHash, extraction);
    this.changed = true;
  }

  /** Writes the cache, keeping only the given hashes so it does not grow without bound. */
  save(keep: ReadonlySet<string>): void {
    for (const hash of this.entries.keys()) {
      if (!keep.has(hash)) {
        this.entries.delete(hash);
        this.changed = true;
      }
    }
    if (!this.changed) return;
    makeFolder(join(this.file, ".."));
    writeFileAtomic(this.file, JSON.stringify(Object.fromEntries(this.entries)));
    this.changed = false;
  }
}
