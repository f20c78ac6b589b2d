// Test helper: builds a content folder into a site with the project's templates (or a copy of
// them), with or without the bulk-routes plugin, so tests can compare two outputs file by file:
// Eleventy against the bulk routes here, incremental against scratch in tests/differential/.
import Eleventy from "@11ty/eleventy";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import bulkRoutesPlugin, { type BulkRoutesOptions } from "../../src/render/bulk-routes-plugin.ts";
import gazettePlugin from "../../src/render/plugin.ts";
import { PROJECT_ROOT } from "../../src/render/render-site.ts";

export async function buildSite(
  contentDir: string,
  outDir: string,
  bulk: false | BulkRoutesOptions,
  templatesDir = join(PROJECT_ROOT, "templates"),
): Promise<void> {
  process.chdir(PROJECT_ROOT);
  const eleventy = new Eleventy(join(templatesDir, "pages"), outDir, {
    configPath: join(PROJECT_ROOT, "tests/render/empty-eleventy-config.js"),
    quietMode: true,
    config(eleventyConfig: any) {
      eleventyConfig.setIncludesDirectory("../partials");
      eleventyConfig.setLayoutsDirectory("../layouts");
      eleventyConfig.setDataDirectory("../_data");
      eleventyConfig.setTemplateFormats("njk");
      eleventyConfig.addPlugin(gazettePlugin, { contentDir });
      if (bulk) eleventyConfig.addPlugin(bulkRoutesPlugin, bulk);
    },
  });
  (eleventy as unknown as { disableLogger(): void }).disableLogger();
  await eleventy.write();
}

/** path (relative to `root`) → bytes, for every file under `root`. */
export function siteFiles(root: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.set(relative(root, path), readFileSync(path));
    }
  };
  walk(root);
  return found;
}
