// seeds/ → decoded, parsed seeds, or one clear reason per file that cannot be read.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { decodeSeed } from "./decode-seed.ts";
import { explainSeedProblem, isSeedProblem, parseSeed, type ParsedSeed } from "./parse-seed.ts";
import { hashText } from "../hash.ts";

/** A seed that parsed: its path relative to the seeds folder (with "/"), its text and hash. */
export interface Seed extends ParsedSeed {
  source: string;
  path: string;
  /** Hash of headline + paragraphs: equal for seeds with the same text, whatever their bytes. */
  textHash: string;
}

export type SeedResult =
  { ok: true; seed: Seed; warning?: string } | { ok: false; source: string; reason: string };

/**
 * Every `*.txt` under `seedsDir`, recursively, as sorted paths relative to it. Dot-files are
 * skipped. A subfolder that cannot be listed (EACCES, ELOOP…) is given to `onProblem` as
 * "sub/folder/" and the walk goes on: one bad entry must not stop the others (issue 13, bug 8).
 */
export function listSeeds(
  seedsDir: string,
  onProblem: (folder: string, reason: string) => void = () => {},
): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if (dir === seedsDir) throw error;
      const code = (error as NodeJS.ErrnoException).code ?? "unknown error";
      onProblem(
        `${relative(seedsDir, dir).split(sep).join("/")}/`,
        `this folder cannot be read (${code}); its seeds were skipped. Check its permissions, or remove it`,
      );
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith(".txt"))
        found.push(relative(seedsDir, path).split(sep).join("/"));
    }
  };
  walk(seedsDir);
  return found.sort();
}

/** Maximum seed size: far above any article (the BBC corpus tops out near 30 kB). */
export const MAX_SEED_BYTES = 20 * 1024 * 1024;

/** Reads, decodes and parses one seed. Never throws for a problem with the file itself. */
export function readSeed(seedsDir: string, source: string): SeedResult {
  const path = join(seedsDir, source);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return {
      ok: false,
      source,
      reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? "unknown error"}); check the file's permissions`,
    };
  }
  if (bytes.length > MAX_SEED_BYTES) {
    return {
      ok: false,
      source,
      reason: `is ${(bytes.length / 1048576).toFixed(1)} MB, more than the ${MAX_SEED_BYTES / 1048576} MB a seed may be; split it into articles`,
    };
  }
  const decoded = decodeSeed(bytes);
  if (!decoded)
    return {
      ok: false,
      source,
      reason:
        "is not a text file (it is full of NUL bytes, like an image or UTF-16 text); save it as UTF-8 text",
    };
  const parsed = parseSeed(decoded.text);
  if (isSeedProblem(parsed)) return { ok: false, source, reason: explainSeedProblem(parsed) };
  const seed: Seed = {
    ...parsed,
    source,
    path,
    textHash: hashText([parsed.headline, ...parsed.paragraphs].join("\n")),
  };
  const warning =
    decoded.encoding === "windows-1252"
      ? "is not valid UTF-8; read it as Windows-1252. Check the page, and save the seed as UTF-8 to silence this warning"
      : undefined;
  return warning ? { ok: true, seed, warning } : { ok: true, seed };
}

/** What ingest keeps of a seed between runs (known-files.ts): enough to place it without reading it. */
export interface SeedFacts {
  textHash: string;
  headline: string;
  warning?: string;
}

export function factsOf(result: Extract<SeedResult, { ok: true }>): SeedFacts {
  const facts: SeedFacts = { textHash: result.seed.textHash, headline: result.seed.headline };
  if (result.warning) facts.warning = result.warning;
  return facts;
}

/**
 * A seed from what is known of it. Its paragraphs are read from the file the first time they
 * are asked for: only a seed whose page must be made again, or whose extraction is not cached.
 */
export function seedFromFacts(seedsDir: string, source: string, facts: SeedFacts): Seed {
  const seed = {
    source,
    path: join(seedsDir, source),
    textHash: facts.textHash,
    headline: facts.headline,
  } as Seed;
  let paragraphs: string[] | undefined;
  Object.defineProperty(seed, "paragraphs", {
    enumerable: true,
    get: () => {
      if (paragraphs) return paragraphs;
      const result = readSeed(seedsDir, source);
      // The file was stat'ed unchanged a moment ago; a save since then must not mix two texts.
      if (!result.ok || result.seed.textHash !== facts.textHash)
        throw new Error(`${source} changed while ingest was running; run ingest again`);
      paragraphs = result.seed.paragraphs;
      return paragraphs;
    },
  });
  return seed;
}
