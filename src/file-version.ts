// A file's version: inode, size and modification time. Gazette trusts it the way make and
// Eleventy's incremental builds trust a file's stats: a file whose version is unchanged is not
// read again. Ingest replaces files by rename, which gives them a new inode.
import { statSync } from "node:fs";

/** "inode:size:mtime" of the file at `path`, or undefined when it cannot be stat'ed. */
export function fileVersion(path: string): string | undefined {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats && `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
}
