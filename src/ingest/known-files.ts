// What ingest learned about each seed and page the last time it read them, kept between runs
// by the file's version (src/file-version.ts: inode, size and modification time). A file whose
// version is unchanged is not read again: at 10,000 articles, when one seed changed, reading
// every seed and page cost ~1 s and formatting every page again ~0.5 s, to find 9,999 of them
// as they were.
// What is known depends on the code that learned it, so the record belongs to one version of
// ingest's code and starts empty under another. It is only a cache: a missing, unreadable or
// stale record makes ingest read the files, never give another result.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../write-file-atomic.ts";
import { makeFolder } from "../make-folder.ts";

interface Entry {
  version: string;
  value: unknown;
}

/** Facts about files by kind ("seed", "page", …) and name, each valid for one version of its file. */
export class KnownFiles {
  /** What this run learned or confirmed; only these are saved, so removed files drop out. */
  private readonly current = new Map<string, Entry>();

  private constructor(
    private readonly file: string,
    private readonly codeVersion: string,
    private readonly previous: Map<string, Entry>,
  ) {}

  /** Opens the record kept in `file` for this version of the code; anything else is an empty record. */
  static open(file: string, codeVersion: string): KnownFiles {
    let previous = new Map<string, Entry>();
    try {
      const stored = JSON.parse(readFileSync(file, "utf8")) as {
        codeVersion: string;
        entries: [string, Entry][];
      };
      if (stored.codeVersion === codeVersion) previous = new Map(stored.entries);
    } catch {
      // No record yet, or one from a run that was killed while writing it: read every file.
    }
    return new KnownFiles(file, codeVersion, previous);
  }

  /** What was known about `name` when its file was at `version`; undefined for any other version. */
  recall<T>(kind: string, name: string, version: string | undefined): T | undefined {
    const key = `${kind}\0${name}`;
    const entry = this.current.get(key) ?? this.previous.get(key);
    if (version === undefined || entry?.version !== version) return undefined;
    this.current.set(key, entry);
    return entry.value as T;
  }

  /** Records what is known about `name` at `version` (a JSON value). */
  remember(kind: string, name: string, version: string | undefined, value: unknown): void {
    if (version !== undefined) this.current.set(`${kind}\0${name}`, { version, value });
  }

  /** Forgets `name`, e.g. a page this run removed. */
  forget(kind: string, name: string): void {
    this.current.delete(`${kind}\0${name}`);
  }

  /** Writes what this run knows, in a stable order, atomically. */
  save(): void {
    makeFolder(join(this.file, ".."));
    const entries = [...this.current].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    writeFileAtomic(this.file, JSON.stringify({ codeVersion: this.codeVersion, entries }));
  }
}
