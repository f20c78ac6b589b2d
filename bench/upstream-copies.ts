// `npx tsx bench/upstream-copies.ts [--rounds N]`: times each place where Gazette keeps its own
// copy of upstream behaviour for speed against the upstream it copies, in one run, on the same
// inputs: the ASCII slug fast path (src/slugify-ascii.ts) against @sindresorhus/slugify and the
// parser of ingest's own front matter (src/parse-generated-front-matter.ts) against the YAML
// parser. docs/architecture.md says why each copy exists, which test keeps it equal to upstream
// and when to drop it (a third, a hand-written page-key serializer, was dropped when this
// benchmark showed JSON.stringify with a replacer at least as fast).
import { performance } from "node:perf_hooks";
import slugifyLibrary from "@sindresorhus/slugify";
import { formatPage, parsePage, parsePageWithYaml } from "../src/front-matter.ts";
import { slugifyAscii } from "../src/slugify-ascii.ts";
import type { ArticleFrontMatter } from "../src/article.ts";

const USAGE = "usage: npx tsx bench/upstream-copies.ts [--rounds N]";
const args = process.argv.slice(2);
const roundsAt = args.indexOf("--rounds");
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 5;
if (
  args.some((a, i) => a !== "--rounds" && i !== roundsAt + 1) ||
  !Number.isInteger(rounds) ||
  rounds < 1
) {
  console.error(USAGE);
  process.exit(2);
}

const WORDS = [
  "storm",
  "hits",
  "coast",
  "Marks",
  "&",
  "Spencer",
  "minister's",
  "plan",
  "NATO",
  "2025",
];
/** Deterministic inputs: the same on every run and machine. */
const headline = (i: number) =>
  Array.from({ length: 4 + (i % 6) }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(" ");

const article = (i: number): ArticleFrontMatter => ({
  title: headline(i),
  slug: `story-${i}`,
  date: "2025-01-24T09:30:00+00:00",
  description: `Winds of ${i} mph: a line with a colon.`,
  people: [`Person ${i}`, "Jonas Gahr Støre"],
  tags: ["Weather", `Place ${i % 40}`],
  source: `weather/${i}.txt`,
  roles: { "Jonas Gahr Støre": "Prime Minister" },
  aliases: { "Jonas Gahr Støre": ["Støre"] },
  quotes: [{ speaker: "Jonas Gahr Støre", text: `Stay indoors ${i}` }, { text: "Unattributed" }],
  wordCount: 400 + i,
});

/** Median milliseconds of `rounds` runs of `work`. */
function time(work: () => void): number {
  const runs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    work();
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)]!;
}

interface Row {
  copy: string;
  inputs: number;
  own: number;
  upstream: number;
}

function compare(copy: string, inputs: number, own: () => void, upstream: () => void): Row {
  own();
  upstream(); // warm both up before timing
  return { copy, inputs, own: time(own), upstream: time(upstream) };
}

const headlines = Array.from({ length: 5_000 }, (_, i) => headline(i));
const pages = Array.from({ length: 2_000 }, (_, i) => formatPage(article(i), "Body *text*.\n"));
const rows = [
  compare(
    "ASCII slug fast path vs @sindresorhus/slugify",
    headlines.length,
    () => headlines.forEach((h) => slugifyAscii(h)),
    () => headlines.forEach((h) => slugifyLibrary(h, { decamelize: false })),
  ),
  compare(
    "ingest's front matter vs the YAML parser",
    pages.length,
    () => pages.forEach((p) => parsePage(p)),
    () => pages.forEach((p) => parsePageWithYaml(p)),
  ),
];

console.log(`medians of ${rounds} runs · Node ${process.versions.node}\n`);
console.log("| copy | inputs | Gazette's copy ms | upstream ms | upstream ÷ copy |");
console.log("| --- | ---: | ---: | ---: | ---: |");
for (const row of rows)
  console.log(
    `| ${row.copy} | ${row.inputs} | ${row.own.toFixed(1)} | ${row.upstream.toFixed(1)} | ${(row.upstream / row.own).toFixed(1)}× |`,
  );
