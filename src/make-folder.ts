// mkdir -p that reports the real reason. Node's recursive mkdir answers ENOENT when it may not
// create a folder on a read-only file system (the parent exists, the child cannot be made); the
// plain mkdir of the one missing folder then says what is wrong (EROFS, EACCES), which the CLI
// turns into one line and exit status 3 (src/cli/system-fault.ts).
import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";

export function makeFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    if ((error as { code?: string }).code !== "ENOENT") throw error;
    let missing = dir;
    while (!existsSync(dirname(missing)) && dirname(missing) !== missing)
      missing = dirname(missing);
    mkdirSync(missing); // throws the real reason; if it succeeds, the rest can be made
    mkdirSync(dir, { recursive: true });
  }
}
