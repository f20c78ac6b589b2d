// `npm run eval [-- --verbose] [-- --time]`: scores the extractor against the gold set
// and prints precision, recall and F1 per category (micro-averaged). --verbose lists the
// worst misses; --time measures milliseconds per article over the whole BBC corpus.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extractArticle } from "./extract-article.ts";
import { CATEGORIES, corpusRoot, evaluateGoldSet, hasCorpus, parseArticle, totals } from "./read-gold-set.ts";
import { scores } from "./score.ts";

const repoRoot = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const args = new Set(process.argv.slice(2));

if (!hasCorpus(repoRoot)) {
  console.log(`No corpus at ${corpusRoot(repoRoot)}: the gold set cannot be scored here (nothing to do).`);
  process.exit(0);
}

const results = evaluateGoldSet(repoRoot);
const sum = totals(results);
const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
console.log(`Gold set: ${results.length} articles${results.some((r) => r.drifted) ? " (WARNING: some texts changed since labelling)" : ""}`);
console.log("category         precision  recall      F1    tp   fp   fn");
for (const c of CATEGORIES) {
  const s = scores(sum[c]);
  console.log(`${c.padEnd(16)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${String(sum[c].tp).padStart(4)} ${String(sum[c].fp).padStart(4)} ${String(sum[c].fn).padStart(4)}`);
}
for (const r of results.filter((r) => r.drifted)) console.log(`drifted: ${r.file}`);

if (args.has("--verbose")) {
  for (const c of CATEGORIES) {
    const worst = results
      .map((r) => ({ file: r.file, m: r.matches[c] }))
      .filter((x) => x.m.fp + x.m.fn > 0)
      .sort((a, b) => b.m.fp + b.m.fn - (a.m.fp + a.m.fn))
      .slice(0, 12);
    console.log(`\n== ${c}: worst articles`);
    for (const { file, m } of worst) console.log(`${file}  missed: ${m.missed.join("; ") || "-"}  |  spurious: ${m.spurious.join("; ") || "-"}`);
  }
}

if (args.has("--time")) {
  const root = join(corpusRoot(repoRoot), "bbc");
  const files = readdirSync(root).flatMap((section) =>
    statSync(join(root, section)).isDirectory() ? readdirSync(join(root, section)).map((f) => join(root, section, f)) : [],
  );
  const texts = files.map((f) => parseArticle(readFileSync(f, "utf8")));
  extractArticle(texts[0]!); // load the lexicon outside the timed loop
  const started = performance.now();
  for (const t of texts) extractArticle(t);
  const ms = performance.now() - started;
  console.log(`\n${texts.length} articles in ${ms.toFixed(0)} ms: ${(ms / texts.length).toFixed(2)} ms/article`);
}
