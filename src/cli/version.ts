// The version printed by `gazette --version`: the one in Gazette's own package.json, so a
// release needs no second place to bump.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../project-paths.ts";

export function gazetteVersion(): string {
  return (
    JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { version: string }
  ).version;
}
