// Sets up the comparison sites over Gazette's ingested article pages: the hand-written
// Eleventy site in bench/eleventy-baseline/ and the Hugo site in bench/hugo-baseline/.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const BENCH_DIR = import.meta.dirname;

/** Copies the Eleventy baseline and the article pages into `siteDir` (emptied first). */
export function prepareEleventySite(articlesDir: string, siteDir: string): void {
  rmSync(siteDir, { recursive: true, force: true });
  cpSync(join(BENCH_DIR, "eleventy-baseline"), siteDir, { recursive: true });
  for (const name of markdownFiles(articlesDir))
    cpSync(join(articlesDir, name), join(siteDir, "articles", name));
}

/** Copies the Hugo baseline and the article pages (as Hugo content) into `siteDir`. */
export function prepareHugoSite(articlesDir: string, siteDir: string): void {
  rmSync(siteDir, { recursive: true, force: true });
  cpSync(join(BENCH_DIR, "hugo-baseline"), siteDir, { recursive: true });
  mkdirSync(join(siteDir, "content", "articles"), { recursive: true });
  for (const name of markdownFiles(articlesDir)) {
    writeFileSync(
      join(siteDir, "content", "articles", name),
      forHugo(readFileSync(join(articlesDir, name), "utf8")),
    );
  }
}

/**
 * Hugo reads `aliases` in front matter as redirect paths; Gazette's `aliases` (other names of
 * the people in the story) would break its build, so that block is left out.
 */
export function forHugo(page: string): string {
  return page.replace(/^aliases:(?: \{\})?\n(?:  .*\n)*/m, "");
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort();
}
