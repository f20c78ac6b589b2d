// The only way ingest writes a file: to a temporary file beside it, then renamed over the
// target. A rename is atomic on one file system, so a reader, a crash of ingest or Ctrl-C sees
// the old page or the new one, never half of one. (No fsync: it would cost milliseconds per
// page on a 10,000-page ingest and only matters for power loss, not for a killed process.)
import { readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

export function writeFileAtomic(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
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
