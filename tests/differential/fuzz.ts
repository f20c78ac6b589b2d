// npm run fuzz [-- --edits N --articles N --seed N]: the differential check of
// differential.test.ts at length (1,000 edits by default). Exits 1 on the first edit after which
// the incremental build differs from a scratch build, printing the seed and the edits so far.
import { parseArgs } from "node:util";
import { runDifferential } from "./run-differential.ts";

const { values } = parseArgs({
  options: {
    edits: { type: "string", default: "1000" },
    articles: { type: "string", default: "100" },
    seed: { type: "string", default: String(Date.now() % 1_000_000) },
  },
});
const [edits, articles, seed] = [
  Number(values.edits),
  Number(values.articles),
  Number(values.seed),
];
const started = performance.now();
console.error(`fuzz: seed ${seed}, ${articles} articles, ${edits} edits`);
const result = await runDifferential({
  seed,
  articles,
  edits,
  onEdit: (index, description) => {
    if ((index + 1) % 25 === 0)
      console.error(
        `fuzz: ${index + 1} edits checked (${((performance.now() - started) / 1000).toFixed(0)} s); last: ${description}`,
      );
  },
});
if (result.mismatch) {
  console.error(
    `fuzz: seed ${seed}: after edit ${result.mismatch.edit + 1} the incremental build differs from a scratch build in ${result.mismatch.files.length} files: ${result.mismatch.files.slice(0, 20).join(", ")}`,
  );
  console.error(result.log.map((line, index) => `  ${index + 1}. ${line}`).join("\n"));
  process.exit(1);
}
console.error(
  `fuzz: ${edits} edits, every incremental build equal to a scratch build, in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
