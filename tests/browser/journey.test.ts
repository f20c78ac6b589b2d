// A reader's path through the site in Chromium, on a phone and on a desktop, at the root and
// under the sub-path: home → article → person → topic → page 2 of a busy topic → search →
// result. On the way: no console errors, no requests to other hosts, no sideways scrolling.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { searchShardOf } from "../../src/render/search-shards.ts";
import { launchChromium } from "./lib/launch-chromium.ts";
import { pagesOfEveryKind } from "./lib/page-kinds.ts";
import { listFiles } from "./lib/site-files.ts";
import { BUILDS, openSiteUnderTest, type SiteUnderTest } from "./lib/site-under-test.ts";
import { horizontalOverflow, watchPage, type PageProblems } from "./lib/watch-page.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The first link in <main> whose path matches `pattern`; fails the test when there is none. */
async function followLink(page: Page, pattern: RegExp, what: string): Promise<string> {
  const hrefs = await page
    .locator("main a[href]")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  const href = hrefs.find((candidate) => pattern.test(new URL(candidate, page.url()).pathname));
  expect(
    href,
    `${page.url()} has no ${what} link matching ${pattern} among ${hrefs.length} links in <main>`,
  ).toBeDefined();
  await Promise.all([
    page.waitForURL((url) => url.pathname === new URL(href!, page.url()).pathname),
    page.locator(`main a[href="${href}"]`).first().click(),
  ]);
  await expect.poll(() => page.locator("h1").first().isVisible()).toBe(true);
  return new URL(page.url()).pathname;
}

/** A search for a headline: its words, without punctuation (Pagefind finds pages with all of them). */
const searchQueryFor = (headline: string) =>
  headline
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(" ");

for (const build of BUILDS) {
  describe(`the ${build.name} build`, () => {
    let site: SiteUnderTest;
    let busiestTag: string;
    beforeAll(async () => {
      site = await openSiteUnderTest(build.prefix);
      const tagPage2 = pagesOfEveryKind(listFiles(site.dir), build.prefix).find(
        (page) => page.kind === "tag page 2",
      );
      if (!tagPage2)
        throw new Error(
          `Expected a tag with more than one page in the ${build.name} build; the fixture seeds are too few`,
        );
      busiestTag = tagPage2.path.replace(/page\/2\/$/, "");
    });
    afterAll(() => site?.close());

    it("search finds an article whose page is indexed in a shard other than pagefind/ itself", async () => {
      const { shards } = JSON.parse(
        readFileSync(join(site.dir, "pagefind/shards.json"), "utf8"),
      ) as { shards: string[] };
      expect(
        shards.length,
        "the fixture site.json sets a small searchShardSize, so its index has several shards",
      ).toBeGreaterThan(0);
      const articlePages = listFiles(site.dir).filter((file) =>
        /^articles\/[^/]+\/index\.html$/.test(file),
      );
      const inOtherShard = articlePages.find(
        (file) => searchShardOf(file, shards.length + 1) === shards.length,
      );
      expect(inOtherShard, `an article in shard ${shards.length}`).toBeDefined();
      const articlePath = `${build.prefix}${inOtherShard!.replace(/index\.html$/, "")}`;
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const problems = watchPage(page, site.origin);
      await page.goto(site.origin + articlePath);
      const headline = (await page.locator("main h1").first().textContent())!.trim();
      await page.goto(`${site.home}search/?q=${encodeURIComponent(searchQueryFor(headline))}`);
      await page
        .locator(".pagefind-ui__result-link")
        .first()
        .waitFor({ state: "visible", timeout: 15_000 });
      const found = await page
        .locator(".pagefind-ui__result-link")
        .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
      expect(found).toContain(articlePath);
      expect(problems.consoleErrors, problems.consoleErrors.join("\n")).toEqual([]);
      await context.close();
    });

    describe.each([375, 1280])("at %i px wide", (width) => {
      let page: Page;
      let problems: PageProblems;
      beforeAll(async () => {
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        page = await context.newPage();
        problems = watchPage(page, site.origin);
      });
      afterAll(() => page?.context().close());

      /** Checks the page as it is now: it fits the window when the window is narrow. */
      const expectFits = async () => {
        if (width <= 375)
          expect(
            await horizontalOverflow(page),
            `${page.url()} scrolls sideways at ${width} px`,
          ).toBe(0);
      };
      const prefix = escapeRegExp(build.prefix);

      it("a reader reaches an article, a person and a topic by following links", async () => {
        await page.goto(site.home);
        await expectFits();
        const article = await followLink(page, new RegExp(`^${prefix}articles/[^/]+/$`), "article");
        await expectFits();
        await followLink(page, new RegExp(`^${prefix}people/[^/]+/$`), "person");
        await expectFits();
        await page.goto(site.origin + article);
        await followLink(page, new RegExp(`^${prefix}tags/[^/]+/$`), "topic");
        await expectFits();
      });

      it("a reader pages to the older articles of a busy topic", async () => {
        await page.goto(site.origin + busiestTag);
        const heading = await page.locator("h1").first().textContent();
        await followLink(page, new RegExp(`^${escapeRegExp(busiestTag)}page/2/$`), "next page");
        expect(await page.locator("main h1").first().textContent()).toContain(heading!.trim());
        await expectFits();
        const articles = await page.locator(`main a[href^="${build.prefix}articles/"]`).count();
        expect(articles, "page 2 of the topic lists articles").toBeGreaterThan(0);
      });

      it("a reader searches for a headline and opens the article from the results", async () => {
        await page.goto(site.origin + busiestTag);
        await followLink(page, new RegExp(`^${prefix}articles/[^/]+/$`), "article");
        const headline = (await page.locator("main h1").first().textContent())!.trim();
        const query = searchQueryFor(headline);
        await page.goto(`${site.home}search/`);
        await expectFits();
        const input = page.locator(".pagefind-ui__search-input");
        await input.waitFor({ state: "visible", timeout: 15_000 });
        await input.fill(query);
        const results = page.locator(".pagefind-ui__result-link");
        await results.first().waitFor({ state: "visible", timeout: 15_000 });
        await expectFits();
        const hrefs = await results.evaluateAll((links) =>
          links.map((link) => link.getAttribute("href") ?? ""),
        );
        for (const href of hrefs)
          expect(new URL(href, page.url()).pathname, `search result link ${href}`).toMatch(
            new RegExp(`^${prefix}articles/[^/]+/$`),
          );
        // The typed query is kept in the address, so the search can be bookmarked or shared.
        await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(query);
        const first = new URL(hrefs[0]!, page.url()).pathname;
        await Promise.all([
          page.waitForURL((url) => url.pathname === first),
          results.first().click(),
        ]);
        expect(await page.locator("main h1").first().isVisible()).toBe(true);
        // The header's search form, on every page, sends ?q= to the search page, which runs it at once.
        await page.locator("header form[role=search] input[name=q]").fill(query);
        await Promise.all([
          page.waitForURL((url) => url.pathname === `${build.prefix}search/`),
          page.locator("header form[role=search] input[name=q]").press("Enter"),
        ]);
        expect(new URL(page.url()).searchParams.get("q")).toBe(query);
        await page
          .locator(".pagefind-ui__result-link")
          .first()
          .waitFor({ state: "visible", timeout: 15_000 });
        const again = await page
          .locator(".pagefind-ui__result-link")
          .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
        expect(again, `searching "${query}" through ?q= finds what typing it found`).toEqual(
          hrefs.map((href) => new URL(href, site.origin).pathname),
        );
      });

      it("showed no console errors, loaded nothing from other hosts, and no request failed", () => {
        expect(problems.errorResponses, problems.errorResponses.join("\n")).toEqual([]);
        expect(problems.consoleErrors, problems.consoleErrors.join("\n")).toEqual([]);
        expect(problems.foreignRequests, problems.foreignRequests.join("\n")).toEqual([]);
        const failed = problems.failedRequests.filter(
          (failure) => !failure.endsWith("net::ERR_ABORTED"),
        );
        expect(failed, failed.join("\n")).toEqual([]);
      });
    });

    it("every kind of page fits a 320 px and a 375 px wide window without sideways scrolling, its navigation on one line", async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const overflowing: string[] = [];
      const wrapped: string[] = [];
      try {
        for (const { path } of pagesOfEveryKind(listFiles(site.dir), build.prefix)) {
          for (const width of [320, 375]) {
            await page.setViewportSize({ width, height: 700 });
            await page.goto(site.origin + path);
            const overflow = await horizontalOverflow(page);
            if (overflow > 0) overflowing.push(`${path} at ${width} px: ${overflow} px too wide`);
            // No item of the navigation wraps onto a line of its own ("ABOUT" alone did at 375 px).
            const tops = await page
              .locator("nav.sections li")
              .evaluateAll((items) =>
                items.map((item) => Math.round(item.getBoundingClientRect().top)),
              );
            if (new Set(tops).size !== 1)
              wrapped.push(
                `${path} at ${width} px: navigation items at heights ${tops.join(", ")}`,
              );
          }
        }
      } finally {
        await context.close();
      }
      expect(overflowing, overflowing.join("\n")).toEqual([]);
      expect(wrapped, wrapped.join("\n")).toEqual([]);
    });
  });
}
