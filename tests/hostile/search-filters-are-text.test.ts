// No script through /search/ (issue 13, bug 3): Pagefind's filter panel inserts filter values
// as HTML, so topic and person names that are markup must reach it escaped. A real build, its
// real search index, and a reader in headless Chromium.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pagefindFilterValue } from "../../src/render/pagefind-filter-value.ts";
import { launchChromium } from "../browser/lib/launch-chromium.ts";
import { serveSite, type ServedSite } from "../browser/lib/serve-site.ts";
import { gazette, makeWorkspace } from "../helpers/workspace.ts";

const HOSTILE_TOPIC = "<img src=x onerror=alert(1)>";
const HOSTILE_PERSON = '"><svg onload=alert(2)>';
const AMPERSAND_TOPIC = "AT&T";

describe("pagefindFilterValue", () => {
  it.each([
    ["plain names stay as they are", "United States", "United States"],
    [
      "markup is escaped for two decodings",
      HOSTILE_TOPIC,
      "&amp;lt;img src=x onerror=alert(1)&amp;gt;",
    ],
    ["an ampersand is escaped for two decodings", "AT&T", "AT&amp;amp;T"],
    ["quotes are escaped", `"O'Neil"`, "&amp;quot;O&amp;#39;Neil&amp;quot;"],
  ])("%s", (_case, name, expected) => {
    expect(pagefindFilterValue(name)).toBe(expected);
  });
});

describe("the search page's filter panel", () => {
  let browser: Browser;
  let site: ServedSite;

  beforeAll(async () => {
    const workspace = makeWorkspace({
      "storm.txt":
        "Storm hits Whitby harbour\nWinds of 90mph hit Whitby on Monday, forecasters said.\nThe harbour wall was damaged.",
    });
    mkdirSync(join(workspace.content, "_data"), { recursive: true });
    writeFileSync(
      join(workspace.content, "_data", "tags.yaml"),
      `rename: { "Whitby": ${JSON.stringify(HOSTILE_TOPIC)} }\n`,
    );
    mkdirSync(join(workspace.content, "articles"), { recursive: true });
    // A hand-made page may carry any name in its tags and people.
    writeFileSync(
      join(workspace.content, "articles", "hand-made.md"),
      `---\ntitle: "Harbour storm: an editor's note"\nslug: "editors-note"\ndate: "2025-01-01T00:00:00Z"\ndescription: "Storm notes."\npeople: [${JSON.stringify(HOSTILE_PERSON)}]\ntags: [${JSON.stringify(AMPERSAND_TOPIC)}]\nsource: "hand"\n---\nStorm notes, written by hand.\n`,
    );
    const run = gazette(workspace, "build", "--quiet");
    if (run.status !== 0) throw new Error(`build failed: ${run.stderr}`);
    site = await serveSite(workspace.out);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it("shows markup in topic and person names as text, and runs none of it", async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${site.home}search/?q=storm`);
    await page
      .locator(".pagefind-ui__result-link")
      .first()
      .waitFor({ state: "visible", timeout: 30_000 });
    const panel = page.locator(".pagefind-ui__filter-panel");
    await panel.locator("details").first().waitFor({ state: "attached", timeout: 30_000 });
    // Open every filter group so that every value is rendered.
    for (const summary of await panel.locator("summary").all()) await summary.click();
    const labels = await panel.locator("label").allTextContents();
    const shown = labels.join("\n");
    expect(shown).toContain(HOSTILE_TOPIC);
    expect(shown).toContain(HOSTILE_PERSON);
    expect(shown).toContain(AMPERSAND_TOPIC);
    expect(shown).not.toContain("&amp;");
    expect(await page.locator("#search img, #search svg[onload]").count()).toBe(0);
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
