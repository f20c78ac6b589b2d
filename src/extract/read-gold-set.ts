// Reads the hand-labelled gold sets (tests/fixtures/gold/*.json for the BBC,
// tests/fixtures/gold-wire/{dev,test}/*.json for US wire copy) and the article texts they
// point at, then scores the extractor against them. The one module here that touches the
// file system, shared by eval-cli.ts and tests/extract/gold.test.ts. Article texts live
// outside the repo (../shared/corpus, licensed for testing only); a sha256 per file detects
// drift.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ArticleText, Extraction } from "./types.ts";
import { extractArticle } from "./extract-article.ts";
import { resolveAcrossCorpus } from "./resolve-across-corpus.ts";
import {
  addCounts,
  matchEntities,
  matchPeopleLeniently,
  type Counts,
  type GoldEntity,
  type Match,
} from "./score.ts";

/** A labelled set: its name in reports and its folder under the repo. */
export interface GoldSet {
  name: string;
  dir: string;
  /** Tuning may look at this set's per-article errors; a test set is only ever totalled. */
  heldOut: boolean;
  /** The corpus folder the set's stories come from: a whole site of such stories. */
  siteDir: string;
}

export const GOLD_SETS: readonly GoldSet[] = [
  { name: "bbc", dir: "tests/fixtures/gold", heldOut: false, siteDir: "bbc" },
  { name: "wire-dev", dir: "tests/fixtures/gold-wire/dev", heldOut: false, siteDir: "wire" },
  { name: "wire-test", dir: "tests/fixtures/gold-wire/test", heldOut: true, siteDir: "wire" },
];

/** Every story file under a folder of the corpus, in a fixed order. */
function storiesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return storiesUnder(path);
      return entry.name.endsWith(".txt") ? [path] : [];
    });
}

export const CATEGORIES = [
  "people",
  "peopleLenient",
  "quoteSpeakers",
  "places",
  "organisations",
] as const;
export type Category = (typeof CATEGORIES)[number];

interface GoldFile {
  source: string;
  base: "corpus" | "repo";
  sha256: string;
  people: Array<{ name: string; forms: string[] }>;
  quoteSpeakers: string[];
  places: Array<string | GoldEntity>;
  organisations: Array<string | GoldEntity>;
}

export interface ArticleResult {
  file: string;
  drifted: boolean;
  matches: Record<Category, Match>;
}

export const corpusRoot = (repoRoot: string) => resolve(repoRoot, "../shared/corpus");
export const hasCorpus = (repoRoot: string) => existsSync(corpusRoot(repoRoot));

/** Splits a seed file: first line the headline, then one paragraph per non-empty line. */
export function parseArticle(text: string): ArticleText {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return { headline: lines[0] ?? "", paragraphs: lines.slice(1) };
}

const entity = (e: string | GoldEntity): GoldEntity =>
  typeof e === "string" ? { name: e, aliases: [] } : e;
const speakers = (e: Extraction) => [
  ...new Set(e.quotes.flatMap((q) => (q.speaker ? [q.speaker] : []))),
];

/**
 * Scores every article of one gold set (the BBC set by default); `extract` is swappable for
 * experiments. The set's extractions go through the corpus-wide pass together, as ingest runs
 * it over a site, so the figures are those of the pages Gazette publishes. With `inSite`, the
 * site is every story of the set's corpus folder (a newsroom's archive, where one story's
 * reading of a name meets a thousand others'); only the labelled stories are scored.
 */
export function evaluateGoldSet(
  repoRoot: string,
  extract: (a: ArticleText) => Extraction = extractArticle,
  set: GoldSet = GOLD_SETS[0]!,
  inSite = false,
): ArticleResult[] {
  const dir = join(repoRoot, set.dir);
  if (!existsSync(dir)) return [];
  const labelled = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const gold = JSON.parse(readFileSync(join(dir, file), "utf8")) as GoldFile;
      const path =
        gold.base === "repo"
          ? join(repoRoot, gold.source)
          : join(corpusRoot(repoRoot), gold.source);
      const bytes = readFileSync(path);
      const drifted = createHash("sha256").update(bytes).digest("hex") !== gold.sha256;
      return { file, gold, drifted, got: extract(parseArticle(bytes.toString("utf8"))) };
    });
  const labelledPaths = new Set(labelled.map((l) => join(corpusRoot(repoRoot), l.gold.source)));
  const rest = inSite
    ? storiesUnder(join(corpusRoot(repoRoot), set.siteDir))
        .filter((path) => !labelledPaths.has(path))
        .map((path) => extract(parseArticle(readFileSync(path, "utf8"))))
    : [];
  const resolved = resolveAcrossCorpus([...labelled.map((l) => l.got), ...rest]);
  return labelled.map(({ file, gold, drifted }, index) => {
    const got = resolved[index]!;
    return {
      file,
      drifted,
      matches: {
        people: matchEntities(
          got.people.map((p) => p.name),
          gold.people.map((p) => ({ name: p.name, aliases: [] })),
          "exact",
        ),
        peopleLenient: matchPeopleLeniently(
          got.people.map((p) => p.name),
          gold.people.map((p) => ({ name: p.name, aliases: p.forms })),
        ),
        quoteSpeakers: matchEntities(
          speakers(got),
          gold.quoteSpeakers.map((name) => ({ name, aliases: [] })),
          "exact",
        ),
        places: matchEntities(got.places, gold.places.map(entity), "folded"),
        organisations: matchEntities(got.organisations, gold.organisations.map(entity), "folded"),
      },
    };
  });
}

/** Micro-averaged counts per category. */
export function totals(results: readonly ArticleResult[]): Record<Category, Counts> {
  const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  const out = {
    people: zero(),
    peopleLenient: zero(),
    quoteSpeakers: zero(),
    places: zero(),
    organisations: zero(),
  };
  for (const r of results) for (const c of CATEGORIES) out[c] = addCounts(out[c], r.matches[c]);
  return out;
}
