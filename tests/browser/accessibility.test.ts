// axe-core on one page of every kind, as a phone (375 px) and a desktop (1280 px) would show
// it, in the light and the dark colour scheme: zero violations.
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatAxeViolations } from "./lib/format-axe.ts";
import { launchChromium } from "./lib/launch-chromium.ts";
import { pagesOfEveryKind } from "./lib/page-kinds.ts";
import { listFiles } from "./lib/site-files.ts";
import { openSiteUnderTest, type SiteUnderTest } from "./lib/site-under-test.ts";

const site: SiteUnderTest = await openSiteUnderTest("/");
// The 404 page is checked where users meet it: at an address that does not exist.
const pages = pagesOfEveryKind(listFiles(site.dir), "/").map((page) => (page.file === "404.html" ? { ...page, path: "/no-such-page/" } : page));

const views = [
  { width: 375, height: 812, colorScheme: "light" },
  { width: 375, height: 812, colorScheme: "dark" },
  { width: 1280, height: 800, colorScheme: "light" },
  { width: 1280, height: 800, colorScheme: "dark" },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site.close();
});

describe.each(views)("at $width px in the $colorScheme colour scheme", ({ width, height, colorScheme }) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width, height } });
  });
  afterAll(() => context?.close());

  it.each(pages)("the $kind page ($path) has no axe violations", async ({ path }) => {
    const page = await context.newPage();
    try {
      await page.emulateMedia({ colorScheme });
      await page.goto(site.origin + path, { waitUntil: "networkidle" });
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations, `axe violations on ${path} at ${width} px, ${colorScheme}:\n${formatAxeViolations(violations)}`).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
