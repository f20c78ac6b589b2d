// Builds the site the browser tests check, twice: at the domain root and under /news/.
// The build is shared by every test file of a run (and reused by later runs while nothing it
// depends on changes): the first caller builds under a lock, the others wait and reuse it.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import {
  listFixtureSeeds,
  PROJECT_ROOT,
  writeFixtureSeeds,
  type SeedSource,
} from "./fixture-seeds.ts";

const run = promisify(execFile);

export const SUB_PATH = "/news/";

export interface FixtureSites {
  /** Output folder of the build served at "/". */
  rootDir: string;
  /** Output folder of the build served at SUB_PATH. */
  subPathDir: string;
  /** False when ../shared is absent and only the project's own seeds were built. */
  usesCorpus: boolean;
  seedCount: number;
}

const CACHE_ROOT = join(tmpdir(), "gazette-browser-fixture");
/** Folders and files whose contents change the built site. */
const BUILD_INPUTS = [
  ".eleventy.ts",
  "bin",
  "src",
  "templates",
  "package-lock.json",
  "tests/fixtures/site/content/_data",
];
const STALE_LOCK_MS = 10 * 60_000;

/** Hash of every build input and every seed: a new hash means a new build. */
function fixtureKey(seeds: SeedSource[]): string {
  const hash = createHash("sha256");
  const add = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) add(join(path, name));
    } else hash.update(path).update(readFileSync(path));
  };
  for (const input of BUILD_INPUTS) add(join(PROJECT_ROOT, input));
  for (const seed of seeds) hash.update(seed.to).update(readFileSync(seed.from));
  return hash.digest("hex").slice(0, 16);
}

async function gazetteBuild(outDir: string, args: string[]): Promise<void> {
  const command = ["build", "--quiet", "--out", outDir, ...args];
  try {
    await run(process.execPath, [join(PROJECT_ROOT, "bin/gazette.js"), ...command], {
      cwd: PROJECT_ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // Exit status 1 may mean "built, but some seeds were rejected", or a crash: the home page tells.
    const { code, stderr } = error as { code?: number; stderr?: string };
    if (code !== 1 || !existsSync(join(outDir, "index.html")))
      throw new Error(`gazette ${command.join(" ")} failed (exit ${code}):\n${stderr}`, {
        cause: error,
      });
  }
}

async function buildInto(dir: string, seeds: SeedSource[]): Promise<void> {
  const seedsDir = join(dir, "seeds");
  const contentDir = join(dir, "content");
  writeFixtureSeeds(seeds, seedsDir);
  const dataDir = join(contentDir, "_data");
  cpSync(join(PROJECT_ROOT, "tests/fixtures/site/content/_data"), dataDir, { recursive: true });
  // The fixture's publisher page is on the site's own origin, outside any sub-path; a
  // publisher on its own host keeps "every internal link is under the sub-path" meaningful.
  const siteJson = join(dataDir, "site.json");
  const site = JSON.parse(readFileSync(siteJson, "utf8"));
  writeFileSync(
    siteJson,
    JSON.stringify(
      { ...site, publisher: { ...site.publisher, url: "https://publisher.example.com/" } },
      null,
      2,
    ),
  );
  await gazetteBuild(join(dir, "root"), ["--seeds", seedsDir, "--content", contentDir]);
  await gazetteBuild(join(dir, "sub-path"), [
    "--skip-ingest",
    "--content",
    contentDir,
    "--path-prefix",
    SUB_PATH,
  ]);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes the lock folder, waiting while another process holds it; breaks a stale lock. */
async function acquireLock(lock: string): Promise<void> {
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      try {
        if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS)
          rmSync(lock, { recursive: true, force: true });
      } catch {
        // The holder released it between our two calls; try again.
      }
      await sleep(500);
    }
  }
}

/** Returns the two built sites, building them first unless an up-to-date build exists. */
export async function ensureFixtureSites(): Promise<FixtureSites> {
  const { seeds, usesCorpus } = listFixtureSeeds();
  const key = fixtureKey(seeds);
  const dir = join(CACHE_ROOT, key);
  const sites: FixtureSites = {
    rootDir: join(dir, "root"),
    subPathDir: join(dir, "sub-path"),
    usesCorpus,
    seedCount: seeds.length,
  };
  const ready = join(dir, "ready.json");
  if (existsSync(ready)) return sites;
  mkdirSync(CACHE_ROOT, { recursive: true });
  const lock = join(CACHE_ROOT, `${key}.lock`);
  await acquireLock(lock);
  try {
    if (existsSync(ready)) return sites;
    // Only one build is kept: older ones belong to templates or seeds that have since changed.
    for (const name of readdirSync(CACHE_ROOT))
      if (!name.endsWith(".lock")) rmSync(join(CACHE_ROOT, name), { recursive: true, force: true });
    await buildInto(dir, seeds);
    writeFileSync(ready, JSON.stringify(sites, null, 2));
    return sites;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
