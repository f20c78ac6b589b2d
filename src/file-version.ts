// A file's version: device, inode, size, modification time and status-change time. Gazette
// trusts it the way make and Eleventy's incremental builds trust a file's stats: a file whose
// version is unchanged is not read again. Ingest replaces files by rename, which gives them a
// new inode. The change time (ctime) is there because the modification time can be set back
// (`touch -d`, `cp -p`, `rsync -t`, an editor that keeps it): an edit of the same size with its
// mtime restored still moves the ctime, which no user can set.
import { statSync } from "node:fs";

/**
 * "device:inode:size:mtime:ctime" of the file at `path`, or undefined when it cannot be stat'ed: missing, a
 * symlink loop (ELOOP), a folder that may not be entered (EACCES). Whoever reads the file next
 * reports why; one bad entry must not stop a run (issue 13, bug 8).
 */
export function fileVersion(path: string): string | undefined {
  try {
    const stats = statSync(path, { throwIfNoEntry: false });
    return stats && `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
  } catch {
    return undefined;
  }
}
