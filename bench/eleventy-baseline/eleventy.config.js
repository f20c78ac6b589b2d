// The comparison site: Eleventy 3 written the usual way (like eleventy-base-blog), over the
// same article pages Gazette renders. Each article is a markdown template with a layout; tags
// are Eleventy collections; tag and person pages paginate over collections. Nothing here is
// tuned for speed: it is the baseline Gazette is measured against. Run by bench/run.ts with
// this folder copied next to the articles.
import { DateTime } from "luxon";

export default function (eleventyConfig) {
  const slugify = eleventyConfig.getFilter("slugify");

  eleventyConfig.addFilter("readableDate", (date) =>
    DateTime.fromJSDate(date, { zone: "utc" }).toFormat("d LLLL yyyy"),
  );
  eleventyConfig.addFilter("htmlDateString", (date) =>
    DateTime.fromJSDate(date, { zone: "utc" }).toISO(),
  );
  eleventyConfig.addFilter("head", (array, n) => array.slice(0, n));

  eleventyConfig.addCollection("articles", (api) =>
    api.getFilteredByGlob("articles/*.md").reverse(),
  );

  // One entry per tag URL: names that slugify alike ("Nato", "NATO") share a page.
  eleventyConfig.addCollection("tagList", (api) =>
    uniqueBySlug(
      api.getAll().flatMap((item) => item.data.tags ?? []),
      slugify,
    ),
  );

  eleventyConfig.addCollection("peopleList", (api) => {
    const byPerson = new Map();
    for (const item of api.getFilteredByGlob("articles/*.md").reverse()) {
      for (const name of item.data.people ?? []) {
        const slug = slugify(name);
        if (!byPerson.has(slug)) byPerson.set(slug, { name, slug, articles: [] });
        byPerson.get(slug).articles.push(item);
      }
    }
    return [...byPerson.values()].sort((a, b) => a.name.localeCompare(b.name));
  });
}

function uniqueBySlug(names, slugify) {
  const bySlug = new Map();
  for (const name of names) if (!bySlug.has(slugify(name))) bySlug.set(slugify(name), name);
  return [...bySlug.values()].sort((a, b) => a.localeCompare(b));
}

export const config = {
  templateFormats: ["md", "njk"],
  markdownTemplateEngine: "njk",
  htmlTemplateEngine: "njk",
};
