// npm run audit: Lighthouse on the home page and an article of the fixture site, served
// locally and loaded in Debian's Chromium. Prints the four category scores and exits 1 when
// any is below 95. A report command, not a test: its timings vary with the machine's load.
import lighthouse from "lighthouse";
import { pagesOfEveryKind } from "./lib/page-kinds.ts";
import { listFiles } from "./lib/site-files.ts";
import { openSiteUnderTest } from "./lib/site-under-test.ts";
import { startDebuggableChromium } from "./lib/start-debuggable-chromium.ts";

const MINIMUM_SCORE = 95;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

const site = await openSiteUnderTest("/");
const article = pagesOfEveryKind(listFiles(site.dir), "/").find((page) => page.kind === "article");
const targets = [
  { name: "home", url: site.home },
  ...(article ? [{ name: "article", url: site.origin + article.path }] : []),
];

let failed = false;
const chromium = await startDebuggableChromium();
try {
  for (const target of targets) {
    const result = await lighthouse(target.url, {
      port: chromium.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${target.url}`);
    const { lhr } = result;
    const scores = CATEGORIES.map((id) => ({
      id,
      score: Math.round((lhr.categories[id]?.score ?? 0) * 100),
    }));
    console.log(`${target.name} (${target.url})`);
    for (const { id, score } of scores) {
      console.log(
        `  ${id.padEnd(15)} ${String(score).padStart(3)}${score < MINIMUM_SCORE ? `  below ${MINIMUM_SCORE}` : ""}`,
      );
      if (score >= MINIMUM_SCORE) continue;
      failed = true;
      const category = lhr.categories[id];
      const weak = (category?.auditRefs ?? [])
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit && audit.score !== null && audit.score < 0.9);
      for (const audit of weak)
        console.log(
          `      ${audit!.id}: ${audit!.title}${audit!.displayValue ? ` (${audit!.displayValue})` : ""}`,
        );
    }
  }
} finally {
  await chromium.close();
  await site.close();
}
process.exitCode = failed ? 1 : 0;
