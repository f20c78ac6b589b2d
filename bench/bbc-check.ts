// `npx tsx bench/bbc-check.ts [--unjudged] [--json]`: ingests the 300 BBC stories of issue #11
// (files 201–260 of each section of ../shared/corpus/bbc) into a temporary folder and lists
// every person page and tag with its article count, the shares the hand-made verdicts in
// tests/fixtures/bbc-check/ give, and the names that have no verdict yet.
//   --unjudged  only the names with no verdict, as JSON entries to judge and paste into
//               tests/fixtures/bbc-check/people.json or tags.json, with the seeds to read them in
//   --json      the whole listing as JSON
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { PageCount } from "./bbc-check/count-pages.ts";
import { BBC_CORPUS_DIR, ingestSample } from "./bbc-check/ingest-sample.ts";
import { scoreVerdicts } from "./bbc-check/score-verdicts.ts";

const FIXTURE_DIR = fileURLToPath(new URL("../tests/fixtures/bbc-check/", import.meta.url));
const USAGE = "usage: npx tsx bench/bbc-check.ts [--unjudged] [--json]";

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== "--unjudged" && arg !== "--json");
if (unknown.length > 0) {
  console.error(`bench/bbc-check.ts: unknown option ${unknown[0]}; ${USAGE}`);
  process.exit(2);
}
if (!existsSync(BBC_CORPUS_DIR)) {
  console.error(
    `bench/bbc-check.ts: no corpus at ${BBC_CORPUS_DIR}; it is shared test material, put it beside the repository`,
  );
  process.exit(2);
}

const readVerdicts = (name: string): Record<string, string> => {
  const file = `${FIXTURE_DIR}${name}`;
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, string>) : {};
};
const personVerdicts = readVerdicts("people.json");
const tagVerdicts = readVerdicts("tags.json");

const started = performance.now();
const sample = await ingestSample();
const seconds = (performance.now() - started) / 1000;
const shares = scoreVerdicts(sample.people, sample.tags, personVerdicts, tagVerdicts);
const publishedShares = scoreVerdicts(
  sample.publishedPeople,
  sample.publishedTags,
  personVerdicts,
  tagVerdicts,
);

if (args.includes("--json")) {
  console.log(JSON.stringify({ ...sample, shares }, null, 2));
} else if (args.includes("--unjudged")) {
  // A "?" verdict fails the fixture test until someone replaces it with a judgement.
  const where = (pages: PageCount[], names: string[]) =>
    names.map(
      (name) =>
        `${name}: ${pages
          .find((page) => page.name === name)!
          .sources.slice(0, 3)
          .join(", ")}`,
    );
  console.log(
    `# Names with no verdict. Read each in its seeds (../shared/corpus/bbc/<seed>), then paste the entries`,
  );
  console.log(`# into the fixture, "?" replaced by the verdict, and keep the file sorted.`);
  console.log(
    `\n# tests/fixtures/bbc-check/people.json ("person" | "not-person" | "duplicate-of:<page name>"):`,
  );
  for (const name of shares.unjudgedPeople) console.log(`  ${JSON.stringify(name)}: "?",`);
  console.log(
    `\n# tests/fixtures/bbc-check/tags.json ("ok" | "junk" | "duplicate-of:<other tag>"):`,
  );
  for (const name of shares.unjudgedTags) console.log(`  ${JSON.stringify(name)}: "?",`);
  console.log(`\n# where to read them:`);
  for (const line of [
    ...where(sample.people, shares.unjudgedPeople),
    ...where(sample.tags, shares.unjudgedTags),
  ])
    console.log(`# ${line}`);
} else {
  const verdict = (verdicts: Record<string, string>, name: string) => verdicts[name] ?? "UNJUDGED";
  console.log(
    `# ${sample.seeds} seeds → ${sample.articles} articles (${sample.rejected} rejected) in ${seconds.toFixed(1)} s`,
  );
  console.log(`\n# person pages: ${sample.people.length} (articles, name, verdict)`);
  const seeds = (page: PageCount) => (page.articles <= 3 ? `\t${page.sources.join(" ")}` : "");
  for (const page of sample.people)
    console.log(
      `${String(page.articles).padStart(3)}  ${page.name}\t${verdict(personVerdicts, page.name)}${seeds(page)}`,
    );
  console.log(`\n# tags: ${sample.tags.length} (articles, name, verdict)`);
  for (const page of sample.tags)
    console.log(
      `${String(page.articles).padStart(3)}  ${page.name}\t${verdict(tagVerdicts, page.name)}${seeds(page)}`,
    );
  const pct = (share: number) => `${(100 * share).toFixed(2)}%`;
  const summary = (s: typeof shares) =>
    `not a person ${pct(s.notPerson)} (target ≤ 1%), duplicate person pages ${pct(s.duplicatePeople)} (≤ 0.5%), ` +
    `junk tags ${pct(s.junkTags)} (≤ 2%), duplicate tags ${pct(s.duplicateTags)}`;
  console.log(
    `\n# every name extracted (${shares.people} people, ${shares.tags} tags): ${summary(shares)}, unjudged names ${pct(shares.unjudged)} (< 2%)`,
  );
  console.log(
    `# pages published before review (${publishedShares.people} people, ${publishedShares.tags} tags): ${summary(publishedShares)}`,
  );
}
