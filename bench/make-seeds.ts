// Benchmark input: N seeds made from the BBC test corpus (../shared/corpus/bbc). Past the
// corpus's distinct articles, articles repeat with a numbered headline ("Ink helps drive
// democracy in Asia (2)"), so every seed is a new article with its own page and slug.
// A seeds/dates.yaml manifest gives each seed a fixed date, so runs are reproducible. The
// corpus holds ~100 exact duplicates; only the first of each is used, so N seeds make N pages.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Every corpus file as "section/NNN.txt", sorted so the choice of articles is stable. */
export function listCorpus(corpusDir: string): string[] {
  return readdirSync(corpusDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((section) =>
      readdirSync(join(corpusDir, section.name))
        .filter((name) => name.endsWith(".txt"))
        .map((name) => `${section.name}/${name}`),
    )
    .sort();
}

/**
 * The seed text for the `index`-th benchmark article: corpus file `index mod corpus size`, its
 * headline suffixed with the round number from the second round on.
 * @example seedText("Storm hits coast\nBody.", 1) //=> "Storm hits coast (2)\nBody."
 */
export function seedText(corpusText: string, round: number): string {
  if (round === 0) return corpusText;
  const newline = corpusText.indexOf("\n");
  const headline = (newline === -1 ? corpusText : corpusText.slice(0, newline)).trimEnd();
  return `${headline} (${round + 1})${newline === -1 ? "" : corpusText.slice(newline)}`;
}

/** Writes `count` seeds into `seedsDir` (emptied first); returns their paths relative to it. */
export function makeSeeds(corpusDir: string, seedsDir: string, count: number): string[] {
  const seen = new Set<string>();
  const texts = new Map<string, string>();
  for (const file of listCorpus(corpusDir)) {
    const text = readFileSync(join(corpusDir, file), "utf8");
    const key = text.replace(/\s+/g, " ").trim();
    if (seen.has(key)) continue;
    seen.add(key);
    texts.set(file, text);
  }
  const corpus = [...texts.keys()];
  if (corpus.length === 0)
    throw new Error(`${corpusDir} holds no section folders of *.txt articles`);
  rmSync(seedsDir, { recursive: true, force: true });
  const written: string[] = [];
  const dates: string[] = [];
  const start = Date.UTC(2020, 0, 1);
  for (let index = 0; index < count; index++) {
    const file = corpus[index % corpus.length]!;
    const round = Math.floor(index / corpus.length);
    const [section, name] = file.split("/") as [string, string];
    const source = `${section}/r${round}-${name}`;
    mkdirSync(join(seedsDir, section), { recursive: true });
    writeFileSync(join(seedsDir, source), seedText(texts.get(file)!, round));
    // One article an hour, in corpus order: a fixed, distinct date for every seed.
    dates.push(`${source}: ${new Date(start + index * 3_600_000).toISOString().slice(0, 16)}`);
    written.push(source);
  }
  writeFileSync(join(seedsDir, "dates.yaml"), `${dates.join("\n")}\n`);
  return written;
}
