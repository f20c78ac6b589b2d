// Gazette's own folders, whatever the working directory: the package folder (with .eleventy.ts
// and templates/) and the cache where render keeps what the last build wrote.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Manifests of what the last build wrote, and the search index record; outside every site. */
export const CACHE_DIR = join(PROJECT_ROOT, ".cache", "gazette");
