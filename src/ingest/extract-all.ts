// Runs the extractor over every seed that the cache does not already know. With many new seeds
// the work is spread over worker threads (one per core): extraction is pure and per article,
// so the result is the same as on one thread, only sooner. Few seeds stay on the main thread,
// where they cost less than starting workers (~1.3 s each to load the extractor under tsx).
// A seed that makes the extractor throw gets its one-line error instead of an extraction, on
// either path, and is never cached; the other seeds are unaffected.
import { availableParallelism } from "node:os";
import type { ArticleText } from "../extract/index.ts";
import { extractBatch, type ExtractionOutcome } from "./extract-batch.ts";
import { extractInWorkers } from "./extract-in-workers.ts";
import type { ExtractionCache } from "./extraction-cache.ts";
import type { Seed } from "./read-seeds.ts";

export type { ExtractionOutcome } from "./extract-batch.ts";

export interface ExtractAllOptions {
  /**
   * Worker threads to use; 0 or 1 extracts on the main thread. Default: one per core, but no
   * more than one per 50 seeds to extract.
   */
  workers?: number;
  /** Fewer uncached seeds than this are extracted on the main thread. */
  minSeedsForWorkers?: number;
  /** The module each worker runs (tests give one that fails on purpose). */
  workerUrl?: URL;
}

const MIN_SEEDS_FOR_WORKERS = 150;
/** By default, seeds per worker at least: a worker loading the extractor for fewer costs more than it saves. */
const MIN_SEEDS_PER_WORKER = 50;

/** Outcomes in the order of `seeds`, from the cache where possible. */
export async function extractAll(
  seeds: readonly Seed[],
  cache: ExtractionCache,
  onProgress?: (done: number, total: number) => void,
  options: ExtractAllOptions = {},
): Promise<ExtractionOutcome[]> {
  const results: (ExtractionOutcome | undefined)[] = seeds.map((seed) => {
    const extraction = cache.get(seed.textHash);
    return extraction && { extraction };
  });
  const missing = results.flatMap((result, index) => (result ? [] : [index]));
  let done = seeds.length - missing.length;
  const report = () => onProgress?.(done, seeds.length);
  const texts = missing.map((index) => articleText(seeds[index]!));
  const workers =
    options.workers ??
    Math.min(availableParallelism(), Math.ceil(missing.length / MIN_SEEDS_PER_WORKER));

  let extracted: ExtractionOutcome[];
  if (workers > 1 && missing.length >= (options.minSeedsForWorkers ?? MIN_SEEDS_FOR_WORKERS)) {
    extracted = await extractInWorkers(
      texts,
      Math.min(workers, missing.length),
      (count) => {
        done += count;
        report();
      },
      options.workerUrl,
    );
  } else {
    extracted = texts.map((text) => {
      const [outcome] = extractBatch([text]);
      done++;
      report();
      return outcome!;
    });
  }
  missing.forEach((index, position) => {
    const outcome = extracted[position]!;
    results[index] = outcome;
    if ("extraction" in outcome) cache.set(seeds[index]!.textHash, outcome.extraction);
  });
  return results as ExtractionOutcome[];
}

function articleText(seed: Seed): ArticleText {
  return { headline: seed.headline, paragraphs: seed.paragraphs };
}
