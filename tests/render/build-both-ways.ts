// Test helper: builds a content folder into a site with the project's templates, with or
// without the bulk-routes plugin, so tests can compare the two outputs file by file.
import Eleventy from "@11ty/eleventy";
import { join } from "node:path";
import bulkRoutesPlugin, { type BulkRoutesOptions } from "../../src/render/bulk-routes-plugin.ts";
import gazettePlugin from "../../src/render/plugin.ts";
import { PROJECT_ROOT } from "../../src/render/render-site.ts";

export async function buildSite(
  contentDir: string,
  outDir: string,
  bulk: false | BulkRoutesOptions,
): Promise<void> {
  process.chdir(PROJECT_ROOT);
  const eleventy = new Eleventy(join(PROJECT_ROOT, "templates/pages"), outDir, {
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
  await eleventy.write();
}
