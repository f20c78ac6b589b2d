// Eleventy configuration: directories and one addPlugin() per render module in src/render/.
// Logic lives in the plugins. The content folder comes from GAZETTE_CONTENT (set by
// `gazette build --content DIR`), defaulting to content/.
import bulkRoutesPlugin from "./src/render/bulk-routes-plugin.ts";
import gazettePlugin from "./src/render/plugin.ts";

export default function (eleventyConfig: any) {
  eleventyConfig.addPlugin(gazettePlugin, { contentDir: process.env.GAZETTE_CONTENT ?? "content" });
  eleventyConfig.addPlugin(bulkRoutesPlugin);
}

export const config = {
  dir: {
    input: "templates/pages",
    includes: "../partials",
    layouts: "../layouts",
    data: "../_data",
  },
  templateFormats: ["njk"],
  htmlTemplateEngine: "njk",
};
