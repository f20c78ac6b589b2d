// Gazette's own folders, whatever the working directory: the package folder (with templates/
// and package.json), the code (src/ run through tsx in this repository, or dist/ compiled by
// `npm run build:dist` in the published package), and the cache where render keeps what the
// last build wrote.
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder holding src/ and the Eleventy config: the package folder, or its dist/. */
const CODE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** True when this is the compiled JavaScript in dist/. */
const COMPILED = basename(CODE_ROOT) === "dist";

export const PROJECT_ROOT = COMPILED ? dirname(CODE_ROOT) : CODE_ROOT;

/** Gazette's code, whose change changes every page's key (see bulk-routes-plugin.ts). */
export const SOURCE_DIR = join(CODE_ROOT, "src");

/** The Eleventy config: .eleventy.ts here, .eleventy.js compiled. */
export const ELEVENTY_CONFIG = join(CODE_ROOT, COMPILED ? ".eleventy.js" : ".eleventy.ts");

/** Manifests of what the last build wrote, and the search index record; outside every site. */
export const CACHE_DIR = join(PROJECT_ROOT, ".cache", "gazette");
