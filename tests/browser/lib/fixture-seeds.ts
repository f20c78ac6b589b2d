// Assembles the seeds folder the browser tests build from: the project's own seeds, the
// fixture-site seeds, and (when ../shared is present) the first articles of each BBC section.
// Every seed gets a fixed date in dates.yaml, so the site is the same on every run.
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const CORPUS_DIR = resolve(PROJECT_ROOT, "../shared/corpus/bbc");
export const CORPUS_SECTIONS = ["business", "entertainment", "politics", "sport", "tech"] as const;
/** Articles taken from each corpus section: enough for tags with several pages, quick to build. */
export const CORPUS_ARTICLES_PER_SECTION = 60;

/** A seed to copy: where it comes from and where it goes, relative to the new seeds folder. */
export interface SeedSource {
  from: string;
  to: string;
}

const textFilesIn = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith(".txt"))
        .sort()
    : [];

/** The seeds the fixture uses, in a fixed order; `usesCorpus` says whether ../shared was there. */
export function listFixtureSeeds(): { seeds: SeedSource[]; usesCorpus: boolean } {
  const seeds: SeedSource[] = [];
  for (const dir of ["seeds", "tests/fixtures/site/seeds"]) {
    const from = join(PROJECT_ROOT, dir);
    for (const name of textFilesIn(from))
      seeds.push({ from: join(from, name), to: `${dir.replaceAll("/", "-")}/${name}` });
  }
  const usesCorpus = existsSync(CORPUS_DIR);
  if (usesCorpus) {
    for (const section of CORPUS_SECTIONS) {
      const from = join(CORPUS_DIR, section);
      for (const name of textFilesIn(from).slice(0, CORPUS_ARTICLES_PER_SECTION))
        seeds.push({ from: join(from, name), to: `bbc/${section}/${name}` });
    }
  }
  return { seeds, usesCorpus };
}

/**
 * Copies the seeds into `seedsDir` and writes a dates.yaml giving each one a distinct date,
 * one hour apart, newest first in list order.
 */
export function writeFixtureSeeds(seeds: SeedSource[], seedsDir: string): void {
  const newest = Date.UTC(2025, 5, 30, 12, 0, 0);
  const dates: string[] = [];
  seeds.forEach((seed, index) => {
    const target = join(seedsDir, seed.to);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(seed.from, target);
    const date = new Date(newest - index * 3_600_000).toISOString().replace(/\.\d+Z$/, "Z");
    dates.push(`${JSON.stringify(relative(seedsDir, target).split("\\").join("/"))}: "${date}"`);
  });
  writeFileSync(join(seedsDir, "dates.yaml"), `${dates.join("\n")}\n`);
}
