// npm run bench -- --articles N [--runs 3] [--no-eleventy] [--no-hugo] [--no-serve] [--ingest-only]
// Builds a site of N articles made from the BBC test corpus with Gazette, and in the same run
// the same articles with a hand-written Eleventy site and with Hugo, and prints what each
// cost (medians). Also times ingest (new seeds with a cold extraction cache, and unchanged
// seeds), a rebuild after one seed changes, and what the knowledge source costs an extraction
// thread in memory. Work files go to bench/out/<N>/ (gitignored).
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { spawnSync } from "node:child_process";
import { prepareEleventySite, prepareHugoSite } from "./baseline-sites.ts";
import { changedPaths, countFiles, hashFiles, listMtimes } from "./count-files.ts";
import type { KnowledgeMemory, StepCost } from "./knowledge-memory.ts";
import { makeSeeds } from "./make-seeds.ts";
import { measure, medianOf, type Measurement } from "./measure.ts";
import { measureServeRebuild } from "./measure-serve.ts";

const ROOT = resolve(import.meta.dirname, "..");
const CORPUS = resolve(ROOT, "../shared/corpus/bbc");
const GAZETTE = join(ROOT, "bin/gazette.js");
const ELEVENTY = join(ROOT, "node_modules/@11ty/eleventy/cmd.cjs");

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "1000" },
    runs: { type: "string", default: "3" },
    "no-eleventy": { type: "boolean", default: false },
    "no-hugo": { type: "boolean", default: false },
    "no-serve": { type: "boolean", default: false },
    "ingest-only": { type: "boolean", default: false },
  },
});
const articleCount = Number(values.articles);
const runs = Number(values.runs);
if (!existsSync(CORPUS)) {
  console.error(
    `bench: the BBC corpus is not at ${CORPUS}; the benchmark needs ../shared/corpus/bbc`,
  );
  process.exit(2);
}

const work = join(ROOT, "bench/out", String(articleCount));
const seeds = join(work, "seeds");
const content = join(work, "content");
const cacheDir = join(work, ".cache");
const gazetteOut = join(work, "gazette-site");
const rows: { name: string; result: Measurement; pages?: number; files?: number; note?: string }[] =
  [];
let serveNote = "";
const knowledgeNote = measureKnowledge();

console.error(`bench: ${articleCount} articles, ${runs} runs each; work folder ${work}`);
makeSeeds(CORPUS, seeds, articleCount);

// Ingest: every seed new (empty content and a cold extraction cache), then the same seeds again.
const gazette = (...args: string[]) => measure(process.execPath, [GAZETTE, ...args], work);
const ingestNew = medianOf(
  times(runs, () => {
    rmSync(content, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
    return gazette("ingest", "--seeds", seeds, "--content", content, "--quiet");
  }),
);
rows.push({
  name: "gazette ingest, new seeds (cold cache)",
  result: ingestNew,
  note: `${rate(ingestNew)}; ${Math.round(articleCount / ingestNew.cpuSeconds)} per CPU-second; ${Math.min(availableParallelism(), Math.ceil(articleCount / 50))} extraction threads`,
});
const ingestUnchanged = medianOf(
  times(runs, () => gazette("ingest", "--seeds", seeds, "--content", content, "--quiet")),
);
rows.push({
  name: "gazette ingest, unchanged seeds",
  result: ingestUnchanged,
  note: rate(ingestUnchanged),
});
if (values["ingest-only"]) {
  printTable();
  process.exit(0);
}

// Render from scratch: an empty output folder each run, like the other generators.
const render = medianOf(
  times(runs, () => {
    rmSync(gazetteOut, { recursive: true, force: true });
    return gazette("build", "--skip-ingest", "--content", content, "--out", gazetteOut, "--quiet");
  }),
);
const gazetteFiles = countFiles(gazetteOut);
rows.push({
  name: "gazette build --skip-ingest (render)",
  result: render,
  pages: gazetteFiles.htmlPages,
  files: gazetteFiles.files,
});

// Rebuild after one seed changes: ingest + render over the site just built.
const before = listMtimes(gazetteOut);
const bytesBefore = hashFiles(gazetteOut);
const changedSeed = join(seeds, readFileSync(join(seeds, "dates.yaml"), "utf8").split(":")[0]!);
writeFileSync(
  changedSeed,
  `${readFileSync(changedSeed, "utf8").trimEnd()}\nA paragraph added for the benchmark's one-seed rebuild.\n`,
);
const rebuild = gazette(
  "build",
  "--seeds",
  seeds,
  "--content",
  content,
  "--out",
  gazetteOut,
  "--quiet",
);
const rewritten = changedPaths(before, listMtimes(gazetteOut));
const bytesAfter = hashFiles(gazetteOut);
const changed = [...bytesAfter].filter(([path, hash]) => bytesBefore.get(path) !== hash).length;
const sameBytes = rewritten.filter(
  (path) => bytesAfter.has(path) && bytesAfter.get(path) === bytesBefore.get(path),
);
const removed = [...bytesBefore.keys()].filter((path) => !bytesAfter.has(path)).length;
rows.push({
  name: "gazette build after one seed changed",
  result: rebuild,
  note: `${changed} files written with new bytes, ${removed} removed; rewritten with the same bytes: ${sameBytes.length}${sameBytes.length ? ` (${[...new Set(sameBytes.map((path) => path.split("/")[0]))].join(", ")})` : ""}`,
});

if (!values["no-eleventy"]) {
  const site = join(work, "eleventy-site");
  prepareEleventySite(join(content, "articles"), site);
  const eleventy = medianOf(
    times(runs, () => {
      rmSync(join(site, "_site"), { recursive: true, force: true });
      return measure(process.execPath, [ELEVENTY, "--quiet"], site);
    }),
  );
  const files = countFiles(join(site, "_site"));
  rows.push({
    name: "Eleventy 3.1.8, written by hand",
    result: eleventy,
    pages: files.htmlPages,
    files: files.files,
  });
}

if (!values["no-hugo"] && spawnSync("hugo", ["version"]).status === 0) {
  const site = join(work, "hugo-site");
  prepareHugoSite(join(content, "articles"), site);
  const hugo = medianOf(
    times(runs, () => {
      rmSync(join(site, "public"), { recursive: true, force: true });
      return measure("hugo", ["--quiet"], site);
    }),
  );
  const files = countFiles(join(site, "public"));
  rows.push({
    name: `Hugo ${spawnSync("hugo", ["version"], { encoding: "utf8" }).stdout.split(" ")[1]?.replace(/\+.*/, "")}`,
    result: hugo,
    pages: files.htmlPages,
    files: files.files,
  });
}

// The same change in the dev server: from saving a seed to its page being rewritten.
const servedSeed = join(
  seeds,
  readFileSync(join(seeds, "dates.yaml"), "utf8").split("\n")[1]!.split(":")[0]!,
);
const servedPage = pageOfSeed(servedSeed);
if (!values["no-serve"] && servedPage) {
  try {
    const { seconds } = await measureServeRebuild({
      gazetteBin: GAZETTE,
      seeds,
      content,
      out: gazetteOut,
      seed: servedSeed,
      page: servedPage,
      port: 8390,
      cwd: work,
    });
    serveNote = `gazette serve: page rewritten ${seconds.toFixed(2)} s after the seed was saved`;
  } catch (error) {
    serveNote = `gazette serve: ${(error as Error).message.split("\n")[0]}`;
  }
}

printTable(render.wallSeconds);

/** The site path of the article page made from `seed`, e.g. "articles/storm/index.html". */
function pageOfSeed(seed: string): string | undefined {
  const source = seed.slice(seeds.length + 1);
  for (const name of readdirSync(join(content, "articles"))) {
    const text = readFileSync(join(content, "articles", name), "utf8");
    if (text.includes(`\nsource: ${JSON.stringify(source)}\n`))
      return `articles/${name.replace(/\.md$/, "")}/index.html`;
  }
  return undefined;
}

function times(count: number, run: () => Measurement): Measurement[] {
  const results = Array.from({ length: count }, run);
  console.error(
    `bench: step done, wall ${results.map((result) => result.wallSeconds.toFixed(1)).join(", ")} s`,
  );
  return results;
}

function rate(result: Measurement): string {
  return `${Math.round(articleCount / result.wallSeconds)} articles/s`;
}

/** The table of every step measured; `renderWall` (s), when rendered, for the comparison column. */
function printTable(renderWall?: number): void {
  console.log(
    `\n${articleCount} articles · ${cpus().length} cores (${cpus()[0]?.model.trim()}) · ${(totalmem() / 2 ** 30).toFixed(1)} GiB · Node ${process.versions.node} · medians of ${runs}\n`,
  );
  console.log(
    "| step | wall s | CPU s | peak RSS MiB | HTML pages | files | vs gazette render | note |",
  );
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
  for (const { name, result, pages, files, note } of rows) {
    const ratio =
      pages !== undefined && renderWall ? `${(result.wallSeconds / renderWall).toFixed(2)}×` : "";
    console.log(
      `| ${name} | ${result.wallSeconds.toFixed(2)} | ${result.cpuSeconds.toFixed(2)} | ${Math.round(result.peakRssMiB)} | ${pages ?? ""} | ${files ?? ""} | ${ratio} | ${note ?? ""} |`,
    );
  }
  if (serveNote) console.log(`\n${serveNote}`);
  console.log(`\n${knowledgeNote}`);
}

/** bench/knowledge-memory.ts in a process of its own: what loading the knowledge source costs. */
function measureKnowledge(): string {
  const child = spawnSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", join(ROOT, "bench/knowledge-memory.ts")],
    { cwd: ROOT, encoding: "utf8" },
  );
  if (child.status !== 0) return `knowledge source: not measured (${child.stderr.trim()})`;
  const { lexicon, knowledge } = JSON.parse(child.stdout) as KnowledgeMemory;
  const cost = (step: StepCost) =>
    `+${step.heapMiB.toFixed(1)} MiB heap, +${Math.round(step.rssMiB)} MiB RSS, ${Math.round(step.milliseconds)} ms`;
  return (
    `knowledge source (compromise-wikipedia, ${knowledge.titles} titles, and the famous-surname index), ` +
    `per extraction thread: ${cost(knowledge)}; compromise's lexicon before it: ${cost(lexicon)}`
  );
}
