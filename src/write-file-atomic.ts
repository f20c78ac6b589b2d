// The only way Gazette writes a page, a site file or a cache: to a temporary file beside it,
// then renamed over the target. A rename is atomic on one file system, so a reader, a crash of ingest or Ctrl-C sees
// the old page or the new one, never half of one. (No fsync: it would cost milliseconds per
// page on a 10,000-page ingest and only matters for power loss, not for a killed process.)
import { type Dirent, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

export function writeFileAtomic(path: string, text: string | Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    // A failed write(2) names no file ("ENOSPC: no space left on device, write"), a refused
    // open names the temporary one: name the page, which is what the user knows.
    if (error instanceof Error && (!("path" in error) || error.path === temporary))
      Object.assign(error, { path });
    throw error;
  }
}

const TEMPORARY_FILE = /^\..+\.\d+\.tmp$/;

/** Removes temporary files a killed run left behind in `dir`; the pages beside them are whole. */
export function removeStaleTemporaryFiles(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (TEMPORARY_FILE.test(name)) rmSync(join(dir, name), { force: true });
}

/** removeStaleTemporaryFiles in `root` and every folder under it (a site's page folders). */
export function removeStaleTemporaryFilesUnder(root: string): void {
  removeStaleTemporaryFiles(root);
  let entries: Dirent[];
  try {
    entries = readdirSync(root, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries)
    if (entry.isDirectory()) removeStaleTemporaryFilesUnder(join(root, entry.name));
}
