// What the knowledge source costs one extraction thread: run in a child process of its own
// (node --expose-gc, so that the heap is measured after a full collection), it loads compromise's
// lexicon first (the rules' word lists, not the knowledge source), then the compromise-wikipedia
// titles and the famous-surname index built from them and the Hunspell English dictionary, and prints each step's heap and RSS
// growth and load time as one line of JSON. Every worker thread pays this once.
import { performance } from "node:perf_hooks";
import { isEnglishWord, isProperNoun } from "../src/extract/knowledge/english-words.ts";
import { famousBearerOf } from "../src/extract/knowledge/famous-people.ts";
import { wikipediaTitles } from "../src/extract/knowledge/wikipedia-titles.ts";
import { loadLexicon } from "../src/extract/load-lexicon.ts";

export interface StepCost {
  heapMiB: number;
  rssMiB: number;
  milliseconds: number;
}

export interface KnowledgeMemory {
  lexicon: StepCost;
  knowledge: StepCost & { titles: number };
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Heap and RSS growth of `load()`, both after a full collection, and the time it took. */
function costOf(load: () => void): StepCost {
  gc!();
  const before = process.memoryUsage();
  const start = performance.now();
  load();
  const milliseconds = performance.now() - start;
  gc!();
  const after = process.memoryUsage();
  return {
    heapMiB: (after.heapUsed - before.heapUsed) / 2 ** 20,
    rssMiB: (after.rss - before.rss) / 2 ** 20,
    milliseconds,
  };
}

if (!gc) {
  console.error("bench/knowledge-memory.ts: run it with node --expose-gc --import tsx");
  process.exit(2);
}
const lexicon = costOf(() => loadLexicon());
const knowledge = costOf(() => {
  famousBearerOf("Obama");
  isEnglishWord("authorities");
  isProperNoun("Holder");
});
const result: KnowledgeMemory = {
  lexicon,
  knowledge: { ...knowledge, titles: wikipediaTitles().size },
};
console.log(JSON.stringify(result));
