// The differential check: after every random edit, the site built incrementally (the last
// build's output folder and manifest) must equal, byte for byte, a site built from scratch
// (an empty output folder and no manifest) from the same content/. Both builds run in-process
// through Eleventy with Gazette's render plugins, as `gazette build --skip-ingest` does, minus
// the search index (Pagefind's output is compared elsewhere and costs a second a build).
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingest } from "../../src/ingest/index.ts";
import { PROJECT_ROOT } from "../../src/project-paths.ts";
import { buildSite, siteFiles } from "../render/build-both-ways.ts";
import { EDITS, writeDates, type EditableSite } from "./edits.ts";
import { seedDate, seedText } from "./generate-seeds.ts";
import { seededRandom } from "./random.ts";

export interface DifferentialOptions {
  seed: number;
  articles: number;
  edits: number;
  /** Called after each edit is checked, e.g. for progress. */
  onEdit?: (index: number, description: string) => void;
}

export interface DifferentialResult {
  /** What each edit did, in order. */
  log: string[];
  /** The kind of each edit (see EDITS), in order. */
  kinds: string[];
  /** The first edit after which the sites differed, with the differing files; undefined when none did. */
  mismatch?: { edit: number; files: string[] };
}

const START_TIME = "2025-09-01T12:00:00Z";

interface Workspace extends EditableSite {
  root: string;
}

function makeSite(seed: number, articles: number): Workspace {
  const root = mkdtempSync(join(tmpdir(), "gazette-differential-"));
  const site: Workspace = {
    root,
    seeds: join(root, "seeds"),
    content: join(root, "content"),
    templates: join(root, "templates"),
    dates: new Map(),
    nextSeed: 0,
    // Seeds are dated across 2025: at the start, the last third of them are embargoed.
    now: START_TIME,
  };
  mkdirSync(site.seeds);
  mkdirSync(join(site.content, "_data"), { recursive: true });
  cpSync(join(PROJECT_ROOT, "templates"), site.templates, {
    recursive: true,
    filter: (path) => !path.includes("/assets"),
  });
  cpSync(
    join(PROJECT_ROOT, "tests/fixtures/site/content/_data/site.json"),
    join(site.content, "_data/site.json"),
  );
  const random = seededRandom(seed);
  for (; site.nextSeed < articles; site.nextSeed++) {
    const file = `${String(site.nextSeed).padStart(4, "0")}_seed.txt`;
    writeFileSync(join(site.seeds, file), seedText(random, site.nextSeed));
    site.dates.set(file, seedDate(random));
  }
  writeDates(site);
  return site;
}

/** Renders content/ into `outDir` with the manifest in `cacheDir`, as `gazette build --skip-ingest`. */
async function render(site: Workspace, outDir: string, cacheDir: string): Promise<void> {
  const bulk = {
    pagesDir: join(site.templates, "pages"),
    layoutsDir: join(site.templates, "layouts"),
    includesDir: join(site.templates, "partials"),
    cacheDir,
  };
  await buildSite(site.content, outDir, bulk, site.templates);
}

/** Paths that only one site has, or whose bytes differ. */
export function differingFiles(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths]
    .filter((path) => !a.get(path) || !b.get(path) || !a.get(path)!.equals(b.get(path)!))
    .sort();
}

export async function runDifferential(options: DifferentialOptions): Promise<DifferentialResult> {
  const site = makeSite(options.seed, options.articles);
  const random = seededRandom(options.seed ^ 0x5eed);
  const ingestCache = join(site.root, "ingest-cache");
  const incremental = { out: join(site.root, "site"), cache: join(site.root, "render-cache") };
  const scratch = { out: join(site.root, "scratch"), cache: join(site.root, "scratch-cache") };
  const log: string[] = [];
  const kinds: string[] = [];
  // Ingest and render read the build's clock from GAZETTE_NOW (src/now.ts): the test moves it.
  const clockBefore = process.env.GAZETTE_NOW;
  process.env.GAZETTE_NOW = site.now;
  try {
    await ingest({ seedsDir: site.seeds, contentDir: site.content, cacheDir: ingestCache });
    await render(site, incremental.out, incremental.cache);
    // Every kind of edit once, in a random order, then kinds at random.
    const firstRound = [...EDITS].sort(() => random.next() - 0.5);
    for (let index = 0; index < options.edits; index++) {
      const edit = firstRound[index] ?? random.pick(EDITS);
      const description = edit.apply(site, random);
      log.push(description);
      kinds.push(edit.kind);
      process.env.GAZETTE_NOW = site.now;
      await ingest({
        seedsDir: site.seeds,
        contentDir: site.content,
        cacheDir: ingestCache,
        ...(edit.prune ? { prune: true } : {}),
      });
      await render(site, incremental.out, incremental.cache);
      rmSync(scratch.out, { recursive: true, force: true });
      rmSync(scratch.cache, { recursive: true, force: true });
      await render(site, scratch.out, scratch.cache);
      const different = differingFiles(siteFiles(incremental.out), siteFiles(scratch.out));
      options.onEdit?.(index, description);
      if (different.length) return { log, kinds, mismatch: { edit: index, files: different } };
    }
    return { log, kinds };
  } finally {
    if (clockBefore === undefined) delete process.env.GAZETTE_NOW;
    else process.env.GAZETTE_NOW = clockBefore;
    rmSync(site.root, { recursive: true, force: true });
  }
}
