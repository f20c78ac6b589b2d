// Link check of the built site, at the root and under a sub-path: every internal link and
// resource answers 200, every page is reachable, the sitemap lists real pages, nothing is
// loaded from another host.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crawl, resolveLink, type CrawlResult, type Reference } from "./lib/crawl.ts";
import { extractXmlLinks } from "./lib/extract-links.ts";
import { htmlPagePaths, listFiles } from "./lib/site-files.ts";
import { BUILDS, openSiteUnderTest, type SiteUnderTest } from "./lib/site-under-test.ts";

const describeReference = (reference?: Reference) =>
  reference ? ` (${reference.where} "${reference.url}" in ${reference.from})` : " (a start URL)";

describe.each(BUILDS)("the $name build", ({ prefix }) => {
  let site: SiteUnderTest;
  let result: CrawlResult;

  beforeAll(async () => {
    site = await openSiteUnderTest(prefix);
    result = await crawl({
      origin: site.origin,
      prefix,
      siteOrigin: site.siteOrigin,
      start: [site.home],
    });
  });
  afterAll(() => site?.close());

  it("answers every internal link and resource with 200", () => {
    const broken = [...result.fetched]
      .filter(([, fetched]) => fetched.status !== 200)
      .map(
        ([url, fetched]) => `${fetched.status} ${url}${describeReference(fetched.firstReference)}`,
      );
    expect(broken, `broken internal URLs:\n${broken.join("\n")}`).toEqual([]);
    expect(result.fetched.size).toBeGreaterThan(site.fixture.seedCount);
  });

  it("reaches every HTML page in the build through links from the home page", () => {
    const reached = new Set([...result.fetched.keys()].map((url) => new URL(url).pathname));
    const pages = htmlPagePaths(listFiles(site.dir), prefix).filter(
      (path) => path !== `${prefix}404.html`,
    );
    const orphans = pages.filter((path) => !reached.has(path));
    expect(orphans, `pages no link reaches:\n${orphans.join("\n")}`).toEqual([]);
  });

  it("lists only existing pages in sitemap.xml, and lists every article", async () => {
    const sitemap = await (await fetch(`${site.home}sitemap.xml`)).text();
    const urls = extractXmlLinks(sitemap).map((link) => link.url);
    expect(urls.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const url of urls) {
      const local = resolveLink(url, site.home, site)!;
      if (local.external) missing.push(`${url} is not on the site's origin ${site.siteOrigin}`);
      else if (
        (result.fetched.get(local.url)?.status ??
          (await fetch(local.url, { method: "HEAD" })).status) !== 200
      )
        missing.push(url);
    }
    expect(missing, `sitemap URLs that are not pages:\n${missing.join("\n")}`).toEqual([]);
    const articles = htmlPagePaths(listFiles(site.dir), prefix).filter((path) =>
      path.startsWith(`${prefix}articles/`),
    );
    const listed = new Set(urls.map((url) => new URL(url).pathname));
    expect(articles.filter((path) => !listed.has(path))).toEqual([]);
  });

  it("loads no script, style, image or font from another host", () => {
    const external = result.externalResources.map(
      (reference) => `${reference.where} "${reference.url}" in ${reference.from}`,
    );
    expect(external, `external resources:\n${external.join("\n")}`).toEqual([]);
  });

  it(`keeps every internal link under ${prefix}`, () => {
    const outside = result.outsidePrefix.map(
      (reference) => `${reference.where} "${reference.url}" in ${reference.from}`,
    );
    expect(outside, `internal links outside ${prefix}:\n${outside.join("\n")}`).toEqual([]);
  });

  it("serves the site's 404 page with status 404 for a missing path", async () => {
    const response = await fetch(`${site.home}no-such-page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/<html[\s>]/);
  });
});
