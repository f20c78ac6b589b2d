// Standards checks of the built site: one page of every kind through the Nu HTML Checker, and
// the feeds and sitemap through an XML parser and the feed formats' required fields.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureFixtureSites, type FixtureSites } from "./lib/build-fixture-site.ts";
import { atomProblems, jsonFeedProblems, sitemapProblems } from "./lib/check-feeds.ts";
import { pagesOfEveryKind } from "./lib/page-kinds.ts";
import { formatVnuMessages, runVnu } from "./lib/run-vnu.ts";
import { listFiles } from "./lib/site-files.ts";

let sites: FixtureSites;
beforeAll(async () => {
  sites = await ensureFixtureSites();
});

describe("the HTML", () => {
  it("of one page of every kind, at the root and under the sub-path, has no Nu HTML Checker errors", async () => {
    const files = [sites.rootDir, sites.subPathDir].flatMap((dir) =>
      pagesOfEveryKind(listFiles(dir), "/").map((page) => join(dir, page.file)),
    );
    expect(files.length).toBeGreaterThanOrEqual(2 * 8);
    const errors = await runVnu(files);
    expect(errors, `Nu HTML Checker errors:\n${formatVnuMessages(errors)}`).toEqual([]);
  });
});

describe("the feeds and sitemap", () => {
  const read = (file: string) => readFileSync(join(sites.rootDir, file), "utf8");

  it("are valid Atom feeds, site-wide and for each tag and person", () => {
    const feeds = listFiles(sites.rootDir).filter(
      (file) => file.endsWith(".xml") && !file.endsWith("sitemap.xml"),
    );
    expect(feeds).toContain("feed.xml");
    expect(feeds.some((file) => file.startsWith("tags/"))).toBe(true);
    expect(feeds.some((file) => file.startsWith("people/"))).toBe(true);
    const problems = feeds.flatMap((file) =>
      atomProblems(read(file)).map((problem) => `${file}: ${problem}`),
    );
    expect(problems, problems.join("\n")).toEqual([]);
  });

  it("include a well-formed sitemap of absolute URLs, and a Google News sitemap", () => {
    expect(sitemapProblems(read("sitemap.xml"))).toEqual([]);
    expect(sitemapProblems(read("news-sitemap.xml"))).toEqual([]);
  });

  it("include a JSON Feed with every required field", () => {
    expect(jsonFeedProblems(read("feed.json"))).toEqual([]);
    expect(JSON.parse(read("feed.json")).items.length).toBeGreaterThan(0);
  });
});
