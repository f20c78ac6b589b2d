// Pages are keyed on the site-model values their route declares (src/render/routes.ts): a read
// the route does not declare fails the build, and a route the table does not list is rebuilt
// whenever anything in the model changes.
import Eleventy from "@11ty/eleventy";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatPage } from "../../src/front-matter.ts";
import { PROJECT_ROOT } from "../../src/project-paths.ts";
import bulkRoutesPlugin from "../../src/render/bulk-routes-plugin.ts";
import gazettePlugin from "../../src/render/plugin.ts";
import type { RouteInputs } from "../../src/render/routes.ts";
import type { WriteReport } from "../../src/render/write-changed-files.ts";

function writeArticle(contentDir: string, slug: string, title: string, date: string): void {
  const data = {
    title,
    slug,
    date,
    description: `${title}.`,
    people: [],
    tags: ["Harbour"],
    source: `${slug}.txt`,
  };
  writeFileSync(join(contentDir, "articles", `${slug}.md`), formatPage(data, `${title}.\n`));
}

/** A site of two articles and one page template, `page.njk`, with the given body. */
function makeSite(templateBody: string) {
  const root = mkdtempSync(join(tmpdir(), "gazette-declared-"));
  const pages = join(root, "pages");
  const content = join(root, "content");
  mkdirSync(pages);
  mkdirSync(join(content, "articles"), { recursive: true });
  copyFileSync(
    join(PROJECT_ROOT, "templates/pages/eleventy-engine.njk"),
    join(pages, "eleventy-engine.njk"),
  );
  writeFileSync(join(pages, "page.njk"), `---\npermalink: /page.txt\n---\n${templateBody}`);
  writeArticle(content, "first", "First story", "2025-04-01T09:00:00Z");
  writeArticle(content, "second", "Second story", "2025-04-02T09:00:00Z");
  return { root, pages, content, out: join(root, "site") };
}

async function build(
  site: ReturnType<typeof makeSite>,
  routes: Record<string, RouteInputs>,
): Promise<string[]> {
  return (await buildReport(site, routes)).written;
}

async function buildReport(
  site: ReturnType<typeof makeSite>,
  routes: Record<string, RouteInputs>,
): Promise<WriteReport> {
  process.chdir(PROJECT_ROOT);
  let written: WriteReport = { written: [], unchanged: 0, reused: 0, removed: [], kept: [] };
  const eleventy = new Eleventy(site.pages, site.out, {
    configPath: join(PROJECT_ROOT, "tests/render/empty-eleventy-config.js"),
    quietMode: true,
    config(eleventyConfig: any) {
      eleventyConfig.setTemplateFormats("njk");
      eleventyConfig.addPlugin(gazettePlugin, { contentDir: site.content });
      eleventyConfig.addPlugin(bulkRoutesPlugin, {
        pagesDir: site.pages,
        layoutsDir: join(PROJECT_ROOT, "templates/layouts"),
        includesDir: join(PROJECT_ROOT, "templates/partials"),
        cacheDir: join(site.root, "cache"),
        routes,
        onWritten: (report: WriteReport) => (written = report),
      });
    },
  });
  (eleventy as unknown as { disableLogger(): void }).disableLogger();
  await eleventy.write();
  return written;
}

describe("a route's declared model inputs", () => {
  it("fail the build, naming the template and the value, when a template reads one not declared", async () => {
    const site = makeSite("{{ gazette.updated }}");
    await expect(build(site, { "page.njk": { reads: [] } })).rejects.toThrow(
      /page\.njk: reads gazette\.updated, which its route in src\/render\/routes\.ts does not declare; add "updated" to its reads/,
    );
  }, 60_000);

  it("count a read of the whole list a route pages over, which its pages' own items do not cover", async () => {
    const site = makeSite("");
    writeFileSync(
      join(site.pages, "page.njk"),
      '---\npagination:\n  data: gazette.articles\n  size: 1\n  alias: article\npermalink: "/{{ article.slug }}.txt"\n---\n{{ article.title }} of {{ gazette.articles.length }}',
    );
    await expect(build(site, { "page.njk": { reads: [] } })).rejects.toThrow(
      /reads gazette\.articles/,
    );
    expect((await build(site, { "page.njk": { reads: ["articles"] } })).sort()).toEqual([
      "first.txt",
      "second.txt",
    ]);
  }, 60_000);

  it("see reads made by a filter given the whole model, such as the JSON feed's", async () => {
    const site = makeSite("{{ gazette | jsonFeed(site, urls) | safe }}");
    await expect(build(site, { "page.njk": { reads: ["updated"] } })).rejects.toThrow(
      /reads gazette\.articles/,
    );
    expect(await build(site, { "page.njk": { reads: ["articles"] } })).toContain("page.txt");
  }, 60_000);

  it("key a declared route's page on what it declares: a headline change re-renders a feed of headlines", async () => {
    const site = makeSite("{% for a in gazette.articles %}{{ a.title }}\n{% endfor %}");
    const routes = { "page.njk": { reads: ["articles"] as const } };
    await build(site, routes);
    expect(await build(site, routes)).toEqual([]);
    writeArticle(site.content, "first", "First story, corrected", "2025-04-01T09:00:00Z");
    expect(await build(site, routes)).toEqual(["page.txt"]);
    expect(readFileSync(join(site.out, "page.txt"), "utf8")).toContain("First story, corrected");
  }, 60_000);

  it("key a route the table does not list on the whole model", async () => {
    const site = makeSite("{{ gazette.updated }}");
    const declared = { "page.njk": { reads: ["updated"] as const } };
    await build(site, {});
    // The page prints only the newest date, which a headline change does not move: declared,
    // the page is reused; undeclared, it is rendered again (and comes out the same).
    writeArticle(site.content, "first", "First story, corrected", "2025-04-01T09:00:00Z");
    expect(await buildReport(site, {})).toMatchObject({ written: [], unchanged: 1, reused: 0 });
    expect(await buildReport(site, declared)).toMatchObject({
      written: [],
      unchanged: 1,
      reused: 0,
    });
    writeArticle(site.content, "first", "First story, corrected again", "2025-04-01T09:00:00Z");
    expect(await buildReport(site, declared)).toMatchObject({
      written: [],
      unchanged: 0,
      reused: 1,
    });
    expect(await buildReport(site, {})).toMatchObject({ written: [], unchanged: 1, reused: 0 });
    expect(readFileSync(join(site.out, "page.txt"), "utf8")).toBe("2025-04-02T09:00:00Z");
  }, 60_000);
});
