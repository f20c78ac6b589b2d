// axe-core on one page of every kind, as a phone (375 px) and a desktop (1280 px) would show
// it, in the light and the dark colour scheme: zero violations.
// To keep this affordable on two cores: the dark scheme changes colours only (same DOM, same
// layout), so it runs the colour rules; and long lists are checked by their first items,
// since every item comes from the same loop in the template.
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
const pages = pagesOfEveryKind(listFiles(site.dir), "/").map((page) =>
  page.file === "404.html" ? { ...page, path: "/no-such-page/" } : page,
);

const COLOUR_RULES = ["color-contrast", "link-in-text-block"];
const ITEMS_CHECKED_PER_LIST = 20;

const views = [
  { width: 375, height: 812, colorScheme: "light", rules: "all" },
  { width: 375, height: 812, colorScheme: "dark", rules: "colour" },
  { width: 1280, height: 800, colorScheme: "light", rules: "all" },
  { width: 1280, height: 800, colorScheme: "dark", rules: "colour" },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site.close();
});

describe.each(views)(
  "at $width px in the $colorScheme colour scheme ($rules rules)",
  ({ width, height, colorScheme, rules }) => {
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
        const later = `:nth-child(n+${ITEMS_CHECKED_PER_LIST + 1})`;
        // target-size (WCAG 2.2 AA, 24 px touch targets) is off by default in axe; Lighthouse checks it.
        const axe = new AxeBuilder({ page })
          .exclude(`li${later}`)
          .exclude(`tr${later}`)
          .options({ rules: { "target-size": { enabled: true } } });
        const { violations } = await (
          rules === "colour" ? axe.withRules(COLOUR_RULES) : axe
        ).analyze();
        expect(
          violations,
          `axe violations on ${path} at ${width} px, ${colorScheme}:\n${formatAxeViolations(violations)}`,
        ).toEqual([]);
      } finally {
        await page.close();
      }
    });
  },
);
