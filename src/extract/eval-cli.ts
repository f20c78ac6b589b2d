// `npm run eval [-- --verbose] [-- --tune] [-- --site] [-- --time]`: scores the extractor against each labelled set
// (the BBC gold set, the wire dev half and the wire test half) and prints precision, recall
// and F1 per category, micro-averaged, each set apart. --verbose lists the worst articles of
// the sets that may be tuned on; the held-out wire test set is only ever totalled, so that
// its score stays a measurement on copy the rules were not fitted to; --tune leaves it out
// altogether, for the runs made while changing rules, so that not even its totals steer them.
// --site scores each set inside a site of its whole corpus folder (1,000 wire or 2,225 BBC
// stories) rather than of the labelled stories alone. --time measures milliseconds per article
// over the whole BBC corpus.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extractArticle } from "./extract-article.ts";
import {
  CATEGORIES,
  corpusRoot,
  evaluateGoldSet,
  GOLD_SETS,
  hasCorpus,
  parseArticle,
  totals,
} from "./read-gold-set.ts";
import { scores } from "./score.ts";

const repoRoot = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const args = new Set(process.argv.slice(2));

if (!hasCorpus(repoRoot)) {
  console.log(
    `No corpus at ${corpusRoot(repoRoot)}: the gold sets cannot be scored here (nothing to do).`,
  );
  process.exit(0);
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
for (const set of GOLD_SETS.filter((s) => !(args.has("--tune") && s.heldOut))) {
  const inSite = args.has("--site");
  const results = evaluateGoldSet(repoRoot, extractArticle, set, inSite);
  const sum = totals(results);
  const drift = results.some((r) => r.drifted)
    ? " (WARNING: some texts changed since labelling)"
    : "";
  console.log(
    `\n${set.name}: ${results.length} articles${inSite ? `, in a site of all of ${set.siteDir}/` : ""}${set.heldOut ? ", held out (report only, never tune)" : ""}${drift}`,
  );
  console.log("category         precision  recall      F1    tp   fp   fn");
  for (const c of CATEGORIES) {
    const s = scores(sum[c]);
    const counts = [sum[c].tp, sum[c].fp, sum[c].fn].map((n) => String(n).padStart(4)).join(" ");
    console.log(`${c.padEnd(16)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${counts}`);
  }
  for (const r of results.filter((r) => r.drifted)) console.log(`drifted: ${r.file}`);

  if (args.has("--verbose") && !set.heldOut) {
    for (const c of CATEGORIES) {
      const worst = results
        .map((r) => ({ file: r.file, m: r.matches[c] }))
        .filter((x) => x.m.fp + x.m.fn > 0)
        .sort((a, b) => b.m.fp + b.m.fn - (a.m.fp + a.m.fn));
      console.log(`\n== ${set.name} ${c}: articles with errors`);
      for (const { file, m } of worst)
        console.log(
          `${file}  missed: ${m.missed.join("; ") || "-"}  |  spurious: ${m.spurious.join("; ") || "-"}`,
        );
    }
  }
}

if (args.has("--time")) {
  const root = join(corpusRoot(repoRoot), "bbc");
  const files = readdirSync(root).flatMap((section) =>
    statSync(join(root, section)).isDirectory()
      ? readdirSync(join(root, section)).map((f) => join(root, section, f))
      : [],
  );
  const texts = files.map((f) => parseArticle(readFileSync(f, "utf8")));
  extractArticle(texts[0]!); // load the lexicon outside the timed loop
  const started = performance.now();
  for (const t of texts) extractArticle(t);
  const ms = performance.now() - started;
  console.log(
    `\n${texts.length} articles in ${ms.toFixed(0)} ms: ${(ms / texts.length).toFixed(2)} ms/article`,
  );
}
