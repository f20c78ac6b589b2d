// ingest(): seeds/*.txt → content/articles/*.md. The steps, in order:
//   read seeds → drop duplicates → extract (cached) → resolve names across the corpus →
//   apply the editor's overrides → assign slugs → date and the editor's metadata
//   (articles.yaml, the seed's folder as its section) → write pages that changed →
//   report pages whose seed is gone.
// A bad seed is reported and skipped; it never stops the others.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import type { ArticleFrontMatter } from "../article.ts";
import { ARTICLES_DIR } from "../article-pages.ts";
import { ConfigError } from "../errors.ts";
import { hashText } from "../hash.ts";
import { buildTime } from "../now.ts";
import { loadSiteConfig } from "../site-config.ts";
import {
  applyOverrides,
  parseOverrides,
  resolveAcrossCorpus,
  tagsOf,
  type Overrides,
} from "../extract/index.ts";
import type { Extraction } from "../extract/types.ts";
import {
  ARTICLES_MANIFEST,
  readArticleMetadata,
  type ArticleMetadata,
} from "./article-metadata.ts";
import { assignSlugs } from "./assign-slugs.ts";
import { paragraphsToMarkdown } from "./escape-markdown.ts";
import { extractAll, type ExtractAllOptions, type ExtractionOutcome } from "./extract-all.ts";
import { ExtractionCache } from "./extraction-cache.ts";
import {
  extractorCodeVersion,
  ingestCacheFile,
  ingestCodeVersion,
  recallIngest,
  rememberIngest,
} from "./ingest-memo.ts";
import { KnownFiles } from "./known-files.ts";
import { forgetPage, readPages, rememberPage, type ExistingPage } from "./read-pages.ts";
import {
  factsOf,
  listSeeds,
  readSeed,
  seedFromFacts,
  type Seed,
  type SeedFacts,
} from "./read-seeds.ts";
import {
  dateSeed,
  DATES_MANIFEST,
  formatIsoDate,
  readDatesManifest,
  readGitAddDates,
  type SeedDate,
} from "./seed-dates.ts";
import { movedFromHandMadePages, movedSeeds } from "./moved-seeds.ts";
import { sectionFromSource } from "./section-of.ts";
import { updatedAt } from "./record-update.ts";
import { stampPage } from "./stamp-page.ts";
import { removeStaleTemporaryFiles, writeFileAtomic } from "../write-file-atomic.ts";
import { makeFolder } from "../make-folder.ts";

export interface IngestOptions {
  seedsDir: string;
  contentDir: string;
  /** Where extraction results are kept between runs. Default: `.cache/gazette` in the working directory. */
  cacheDir?: string;
  /** Overwrite pages a person edited, and with `prune`, remove them. */
  force?: boolean;
  /** Remove pages whose seed is gone. */
  prune?: boolean;
  /** Called as seeds are read and extracted, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** How new seeds are extracted: worker threads or the main thread (extract-all.ts). */
  extraction?: ExtractAllOptions;
}

export interface IngestReport {
  /** Pages written (new or changed), as paths relative to the content folder. */
  written: string[];
  unchanged: string[];
  /** Pages a person edited: kept as they are. */
  keptEdited: string[];
  /** Pages without ingest's stamp whose `source` names a seed: the person's, left as they are. */
  keptHandMade: string[];
  /** Pages that could not be read (a symlink loop, no permission): left as they are. */
  unreadablePages: { page: string; reason: string }[];
  rejected: { source: string; reason: string }[];
  /** Seeds with the same text as another; `isNew` when no earlier run reported the pair. */
  duplicates: { source: string; duplicateOf: string; isNew: boolean }[];
  warnings: { source: string; message: string }[];
  /** Pages whose seed no longer exists (removed only with `prune`). */
  orphaned: string[];
  pruned: string[];
}

export async function ingest(options: IngestOptions): Promise<IngestReport> {
  const { seedsDir, contentDir } = options;
  const cacheDir = options.cacheDir ?? join(process.cwd(), ".cache", "gazette");
  const memo = {
    seedsDir,
    contentDir,
    cacheDir,
    extractorVersion: extractorCodeVersion(),
    force: options.force ?? false,
    prune: options.prune ?? false,
  };
  const { report: unchangedRun, snapshot } = recallIngest(memo);
  if (unchangedRun) return unchangedRun;
  const versionOf = (path: string) => snapshot.versionOf(path);
  const articlesDir = join(contentDir, ARTICLES_DIR);
  const report: IngestReport = {
    written: [],
    unchanged: [],
    keptEdited: [],
    keptHandMade: [],
    unreadablePages: [],
    rejected: [],
    duplicates: [],
    warnings: [],
    orphaned: [],
    pruned: [],
  };
  const site = loadSiteConfig(contentDir);
  const overrides = readOverrides(contentDir);

  // What earlier runs learned of seeds and pages whose files have not changed since.
  const known = KnownFiles.open(ingestCacheFile(memo, "known-files"), ingestCodeVersion());
  const seeds = readAllSeeds(seedsDir, report, known, versionOf);
  const deduped = dropDuplicates(seeds, report, known);
  // A rejected seed still exists: its page is the last good copy of the story, never an orphan
  // to prune (issue 13, bug 1).
  // A folder that could not be listed is rejected as "folder/": its seeds may all still be there.
  const rejected = report.rejected.map((problem) => problem.source);
  const listed = new Set([...seeds.map((seed) => seed.source), ...rejected]);
  const unlisted = rejected.filter((source) => source.endsWith("/"));
  const seedExists = (source: string) =>
    listed.has(source) || unlisted.some((folder) => source.startsWith(folder));

  const cache = ExtractionCache.open(cacheDir, extractorCodeVersion());
  const outcomes = await extractAll(deduped, cache, options.onProgress, options.extraction);
  cache.save(new Set(deduped.map((seed) => seed.textHash)));
  const { unique, raw } = dropFailedExtractions(deduped, outcomes, report);
  const extractions = resolveAcrossCorpus(raw).map((extraction, index) =>
    applyOverrides(extraction, overrides, { source: unique[index]!.source }),
  );

  removeStaleTemporaryFiles(articlesDir);
  const pages = readPages(articlesDir, known, versionOf, (file, reason) =>
    report.unreadablePages.push({ page: `${ARTICLES_DIR}/${file}`, reason }),
  );
  // A page without ingest's stamp is the person's who wrote it, even when its `source` names a
  // seed: ingest never writes over it (issue 13, bug 2), and that seed gets no second page.
  const pageBySource = new Map(
    pages
      .filter((page) => page.source && page.state !== "hand-made")
      .map((page) => [page.source!, page]),
  );
  // A seed moved to another folder keeps the page made from its text (issue 13).
  const moved = movedSeeds(unique, pages, seedExists);
  for (const [source, page] of moved) pageBySource.set(source, page);
  const movedFrom = new Set([...moved.values()].map((page) => page.source!));
  const handMadeBySource = new Map(
    pages
      .filter((page) => page.source && page.state === "hand-made")
      .map((page) => [page.source!, page]),
  );
  // A seed moved out from under a hand-made page is still that page's story: no second page.
  for (const [source, page] of movedFromHandMadePages(unique, pages, seedExists)) {
    handMadeBySource.set(source, page);
    movedFrom.add(page.source!);
    report.warnings.push({
      source,
      message: `its page ${ARTICLES_DIR}/${page.file} is hand-made and still names ${page.source}; set "source: ${source}" in it`,
    });
  }
  const uniqueSources = new Set(unique.map((seed) => seed.source));
  // Pages that are not this run's (hand-made, or from a seed that is gone) keep their URLs:
  // both their file name and the slug they declare, which is the URL render gives them.
  const otherPages = pages.filter(
    (page) =>
      !page.source ||
      page.state === "hand-made" ||
      (!uniqueSources.has(page.source) && !movedFrom.has(page.source)),
  );
  const takenByOtherPages = new Set(
    otherPages.flatMap((page) => [
      page.file.replace(/\.md$/, ""),
      ...(page.slug ? [page.slug] : []),
    ]),
  );
  const slugs = assignSlugs(
    unique.map((seed) => ({
      source: seed.source,
      title: seed.headline,
      textHash: seed.textHash,
      existingSlug: pageBySource.get(seed.source)?.slug,
    })),
    takenByOtherPages,
  );

  const metadata = readArticleMetadataOnce(seedsDir, site.timeZone, known, versionOf);
  const manifest = readDatesManifestOnce(seedsDir, site.timeZone, known, versionOf);
  // articles.yaml's dates win over dates.yaml's, which keeps working on its own.
  for (const [source, entry] of metadata) if (entry.date) manifest.set(source, entry.date);
  const dateSources = { manifest, git: readGitAddDates(seedsDir, site.timeZone) };
  const now = buildTime();
  const nowIso = formatIsoDate(now, site.timeZone);
  makeFolder(articlesDir);
  unique.forEach((seed, index) => {
    const handMade = handMadeBySource.get(seed.source);
    if (handMade) {
      report.keptHandMade.push(`${ARTICLES_DIR}/${handMade.file}`);
      return;
    }
    const slug = slugs.get(seed.source)!;
    const existing = pageBySource.get(seed.source);
    // The editor's dates and metadata, and git's add date, follow a moved seed until its new
    // path has entries of its own: a move changes neither the story's date nor its status.
    const oldSource = moved.get(seed.source)?.source;
    const dateKey = oldSource && !manifest.has(seed.source) ? oldSource : seed.source;
    const date = dateSeed(dateKey, seed.path, dateSources, existing?.date, site.timeZone);
    const entry =
      metadata.get(seed.source) ?? (oldSource ? metadata.get(oldSource) : undefined) ?? {};
    const previous = existing && {
      seedHash: existing.seedHash,
      updated: existing.updated,
      published:
        existing.status !== "draft" &&
        !(existing.date && Date.parse(existing.date.date) > now.toMillis()),
    };
    const editorial: Editorial = {
      ...entry,
      updated: updatedAt({
        explicit: entry.updated,
        previous,
        seedHash: seed.textHash,
        now: nowIso,
      }),
      section: entry.section ?? sectionFromSource(seed.source),
    };
    const page = { seed, extraction: extractions[index]!, slug, date, editorial };
    writePage(articlesDir, existing, page, options.force ?? false, report, known);
  });

  // A page taken over by a moved seed is that seed's, not an orphan, even while hand edits keep
  // its old source.
  reportOrphans(
    articlesDir,
    pages,
    (source) => seedExists(source) || movedFrom.has(source),
    options,
    report,
    known,
  );
  known.save();
  const touched = [...report.written, ...report.pruned].map((page) => join(contentDir, page));
  rememberIngest(memo, report, snapshot, touched);
  return report;
}

function readAllSeeds(
  seedsDir: string,
  report: IngestReport,
  known: KnownFiles,
  versionOf: (path: string) => string | undefined,
): Seed[] {
  const seeds: Seed[] = [];
  for (const source of listSeeds(seedsDir, (folder, reason) =>
    report.rejected.push({ source: folder, reason }),
  )) {
    const version = versionOf(join(seedsDir, source));
    const facts = known.recall<SeedFacts>("seed", source, version);
    const result = facts
      ? { ok: true as const, seed: seedFromFacts(seedsDir, source, facts), warning: facts.warning }
      : readSeed(seedsDir, source);
    if (!result.ok) {
      report.rejected.push({ source: result.source, reason: result.reason });
      continue;
    }
    if (!facts) known.remember("seed", source, version, factsOf(result));
    if (result.warning) report.warnings.push({ source, message: result.warning });
    seeds.push(result.seed);
  }
  return seeds;
}

/** seeds/dates.yaml as a map, parsed only when the file changed since the last run. */
function readDatesManifestOnce(
  seedsDir: string,
  timeZone: string,
  known: KnownFiles,
  versionOf: (path: string) => string | undefined,
): Map<string, string> {
  const version = versionOf(join(seedsDir, DATES_MANIFEST));
  const entries = known.recall<[string, string][]>("dates", timeZone, version);
  if (entries) return new Map(entries);
  const manifest = readDatesManifest(seedsDir, timeZone);
  known.remember("dates", timeZone, version, [...manifest]);
  return manifest;
}

/** seeds/articles.yaml as a map, parsed only when the file changed since the last run. */
function readArticleMetadataOnce(
  seedsDir: string,
  timeZone: string,
  known: KnownFiles,
  versionOf: (path: string) => string | undefined,
): Map<string, ArticleMetadata> {
  const version = versionOf(join(seedsDir, ARTICLES_MANIFEST));
  const entries = known.recall<[string, ArticleMetadata][]>("articles", timeZone, version);
  if (entries) return new Map(entries);
  const metadata = readArticleMetadata(seedsDir, timeZone);
  known.remember("articles", timeZone, version, [...metadata]);
  return metadata;
}

/**
 * A seed whose text equals an earlier one's (by path order) gets no page of its own. The record
 * remembers each pair reported, so a duplicate is announced once, not on every build.
 */
function dropDuplicates(seeds: Seed[], report: IngestReport, known: KnownFiles): Seed[] {
  const firstByHash = new Map<string, Seed>();
  const unique: Seed[] = [];
  for (const seed of seeds) {
    const first = firstByHash.get(seed.textHash);
    if (first) {
      const pair = `${first.source}\0${seed.textHash}`;
      const isNew = known.recall<boolean>("duplicate", seed.source, pair) === undefined;
      if (isNew) known.remember("duplicate", seed.source, pair, true);
      report.duplicates.push({ source: seed.source, duplicateOf: first.source, isNew });
      continue;
    }
    firstByHash.set(seed.textHash, seed);
    unique.push(seed);
  }
  return unique;
}

/**
 * A seed that made the extractor throw is rejected with the error, like a seed that cannot be
 * read: no page is written for it, its earlier page is kept, and the other seeds go on (issue 11).
 */
function dropFailedExtractions(
  seeds: Seed[],
  outcomes: ExtractionOutcome[],
  report: IngestReport,
): { unique: Seed[]; raw: Extraction[] } {
  const unique: Seed[] = [];
  const raw: Extraction[] = [];
  seeds.forEach((seed, index) => {
    const outcome = outcomes[index]!;
    if ("extraction" in outcome) {
      unique.push(seed);
      raw.push(outcome.extraction);
    } else {
      report.rejected.push({
        source: seed.source,
        reason: `the extractor failed on it (${outcome.error}); no page written for it. Report this seed as a Gazette bug`,
      });
    }
  });
  return { unique, raw };
}

/** What a page carries from articles.yaml, the seed's folder and earlier runs (`updated`). */
type Editorial = Omit<ArticleMetadata, "date">;

function toFrontMatter({
  seed,
  extraction,
  slug,
  date,
  editorial,
}: PageToMake): Omit<ArticleFrontMatter, "ingestHash"> {
  const roles = Object.fromEntries(
    extraction.people.filter((person) => person.role).map((person) => [person.name, person.role!]),
  );
  const aliases = Object.fromEntries(
    extraction.people
      .filter((person) => person.forms.length > 0)
      .map((person) => [person.name, person.forms]),
  );
  return {
    title: seed.headline,
    slug,
    date: date.date,
    description: seed.paragraphs[0]!,
    people: extraction.people.map((person) => person.name),
    tags: tagsOf(extraction),
    source: seed.source,
    dateSource: date.dateSource,
    updated: editorial.updated,
    byline: editorial.byline,
    section: editorial.section,
    status: editorial.status,
    summary: editorial.summary,
    corrections: editorial.corrections,
    roles,
    aliases,
    quotes: extraction.quotes.map((quote) =>
      quote.speaker ? { speaker: quote.speaker, text: quote.text } : { text: quote.text },
    ),
    wordCount: countWords(seed.paragraphs),
    seedHash: seed.textHash,
  };
}

/** Space-separated words with a letter or digit in them ("—" and "&" are not words). */
function countWords(paragraphs: readonly string[]): number {
  let words = 0;
  // One pass per paragraph: a match is a whole run of non-spaces that holds a letter or digit.
  for (const paragraph of paragraphs) words += paragraph.match(WORD)?.length ?? 0;
  return words;
}
const WORD = /[^ ]*[\p{L}\p{N}][^ ]*/gu;

interface PageToMake {
  seed: Seed;
  extraction: Extraction;
  slug: string;
  date: SeedDate;
  editorial: Editorial;
}

/**
 * Everything a page's text is made from. The seed's text enters by its hash, so a page found
 * unchanged by this key (known-files.ts) is neither formatted again nor read.
 */
function pageInputsKey({ seed, extraction, slug, date, editorial }: PageToMake): string {
  return hashText(
    JSON.stringify([seed.source, seed.textHash, slug, date, extraction, editorial]),
    32,
  );
}

function writePage(
  articlesDir: string,
  existing: ExistingPage | undefined,
  page: PageToMake,
  force: boolean,
  report: IngestReport,
  known: KnownFiles,
): void {
  const file = existing?.file ?? `${page.slug}.md`;
  const relativePath = `${ARTICLES_DIR}/${file}`;
  const madeFrom = pageInputsKey(page);
  if (existing?.state === "pristine" && existing.madeFrom === madeFrom) {
    report.unchanged.push(relativePath);
    return;
  }
  const text = stampPage(toFrontMatter(page), paragraphsToMarkdown(page.seed.paragraphs));
  const { updated, status } = page.editorial;
  const facts = {
    state: "pristine" as const,
    source: page.seed.source,
    slug: page.slug,
    date: page.date,
    seedHash: page.seed.textHash,
    updated,
    status,
    madeFrom,
  };
  if (existing?.text() === text) {
    report.unchanged.push(relativePath);
    rememberPage(articlesDir, known, file, facts);
    return;
  }
  if (existing && existing.state !== "pristine" && !force) {
    report.keptEdited.push(relativePath);
    return;
  }
  writeFileAtomic(join(articlesDir, file), text);
  rememberPage(articlesDir, known, file, facts);
  report.written.push(relativePath);
}

function reportOrphans(
  articlesDir: string,
  pages: ExistingPage[],
  seedExists: (source: string) => boolean,
  options: IngestOptions,
  report: IngestReport,
  known: KnownFiles,
): void {
  for (const page of pages) {
    if (!page.source || page.state === "hand-made" || seedExists(page.source)) continue;
    const relativePath = `${ARTICLES_DIR}/${page.file}`;
    if (options.prune && (page.state === "pristine" || options.force)) {
      rmSync(join(articlesDir, page.file));
      forgetPage(known, page.file);
      report.pruned.push(relativePath);
    } else {
      report.orphaned.push(relativePath);
    }
  }
}

/** Reads the editor's override files, content/_data/people.yaml and tags.yaml. */
function readOverrides(contentDir: string): Overrides {
  const read = (name: string): unknown => {
    const file = join(contentDir, "_data", name);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      return undefined;
    }
    try {
      return parseYaml(text);
    } catch (error) {
      throw new ConfigError(
        file,
        `is not valid YAML (${(error as Error).message.split("\n")[0]}); fix the syntax`,
      );
    }
  };
  // Read before the try: a file that is not YAML is already a ConfigError naming it, which the
  // catch below used to wrap again under people.yaml's name (issue 13).
  const people = read("people.yaml");
  const tags = read("tags.yaml");
  try {
    return parseOverrides(people, tags);
  } catch (error) {
    // parseOverrides says "people.yaml: <key>: expected …", one line per problem.
    const message = (error as Error).message;
    const file = /^(people|tags)\.yaml/.exec(message)?.[0] ?? "people.yaml";
    throw new ConfigError(
      join(contentDir, "_data", file),
      message
        .replace(/^(people|tags)\.yaml: /gm, "")
        .split("\n")
        .join("; "),
    );
  }
}
