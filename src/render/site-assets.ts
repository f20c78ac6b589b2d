// The site's static files: the stylesheet and search script from templates/assets/ and two
// Latin woff2 cuts of Source Serif 4 (roman 400 and 700) from @fontsource (no request leaves the site). They are
// fingerprinted on every build, offered to templates as `assets["site.css"]` (a URL with the
// deploy prefix), and written into the output folder after Eleventy has written the pages.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PROJECT_ROOT } from "../project-paths.ts";
import { fingerprintAssets, type BuiltAsset } from "./fingerprint-assets.ts";
import { makeFolder } from "../make-folder.ts";
import { writeFileAtomic } from "../write-file-atomic.ts";

const require = createRequire(import.meta.url);
const FONT_PACKAGE = "@fontsource/source-serif-4";
const FONT_FILES = ["latin-400-normal", "latin-700-normal"].map(
  (cut) => `source-serif-4-${cut}.woff2`,
);
const OWN_FILES = ["site.css", "search.js"];

/** Reads and fingerprints the assets; `projectRoot` holds templates/assets/. */
export function buildSiteAssets(projectRoot = PROJECT_ROOT): Map<string, BuiltAsset> {
  const fontDir = join(dirname(require.resolve(`${FONT_PACKAGE}/package.json`)), "files");
  return fingerprintAssets([
    ...FONT_FILES.map((file) => ({
      name: `fonts/${file}`,
      content: readFileSync(join(fontDir, file)),
    })),
    ...OWN_FILES.map((name) => ({
      name,
      content: readFileSync(join(projectRoot, "templates/assets", name)),
    })),
  ]);
}

/**
 * Writes the built assets under `<outDir>/assets/`, each only when the file there differs (a
 * rebuild leaves them untouched, so a deploy that syncs by modification time skips them).
 * Older fingerprints stay: pages cached elsewhere may still ask for them.
 */
export function writeSiteAssets(assets: ReadonlyMap<string, BuiltAsset>, outDir: string): void {
  for (const { path, content } of assets.values()) {
    const file = join(outDir, "assets", path);
    if (readIfPresent(file)?.equals(content)) continue;
    makeFolder(dirname(file));
    writeFileAtomic(file, content);
  }
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Source name → site-relative URL, for the templates. */
export function assetUrls(
  assets: ReadonlyMap<string, BuiltAsset>,
  asset: (path: string) => string,
): Record<string, string> {
  return Object.fromEntries(
    [...assets].map(([name, built]) => [name, asset(`assets/${built.path}`)]),
  );
}
