// A file's version: inode, size and modification time. Gazette trusts it the way make and
// Eleventy's incremental builds trust a file's stats: a file whose version is unchanged is not
// read again. Ingest replaces files by rename, which gives them a new inode.
import { statSync } from "node:fs";

/**
 * "inode:size:mtime" of the file at `path`, or undefined when it cannot be stat'ed: missing, a
 * symlink loop (ELOOP), a folder that may not be entered (EACCES). Whoever reads the file next
 * reports why; one bad entry must not stop a run (issue 13, bug 8).
 */
export function fileVersion(path: string): string | undefined {
  try {
    const stats = statSync(path, { throwIfNoEntry: false });
    return stats && `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
  } catch {
    return undefined;
  }
}
