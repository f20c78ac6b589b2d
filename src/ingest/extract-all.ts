// Runs the extractor over every seed that the cache does not already know. With many new seeds
// the work is spread over worker threads (one per core): extraction is pure and per article,
// so the result is the same as on one thread, only sooner. Few seeds stay on the main thread,
// where they cost less than starting a worker (~0.5 s to load the extractor).
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { extractArticle, type ArticleText } from "../extract/index.ts";
import type { Extraction } from "../extract/types.ts";
import type { ExtractionCache } from "./extraction-cache.ts";
import type { Seed } from "./read-seeds.ts";

export interface ExtractAllOptions {
  /** Worker threads to use; 0 or 1 extracts on the main thread. Default: one per core, up to 4. */
  workers?: number;
  /** Fewer uncached seeds than this are extracted on the main thread. */
  minSeedsForWorkers?: number;
}

/** Seeds handed to a worker at a time: small enough to balance, large enough to amortise messages. */
const BATCH_SIZE = 25;
const MIN_SEEDS_FOR_WORKERS = 150;

/** Extractions in the order of `seeds`, from the cache where possible. */
export async function extractAll(
  seeds: readonly Seed[],
  cache: ExtractionCache,
  onProgress?: (done: number, total: number) => void,
  options: ExtractAllOptions = {},
): Promise<Extraction[]> {
  const results: (Extraction | undefined)[] = seeds.map((seed) => cache.get(seed.textHash));
  const missing = results.flatMap((result, index) => (result ? [] : [index]));
  let done = seeds.length - missing.length;
  const report = () => onProgress?.(done, seeds.length);
  const workers = Math.min(
    options.workers ?? Math.min(availableParallelism(), 4),
    Math.ceil(missing.length / BATCH_SIZE),
  );

  if (workers > 1 && missing.length >= (options.minSeedsForWorkers ?? MIN_SEEDS_FOR_WORKERS)) {
    const texts = missing.map((index) => articleText(seeds[index]!));
    const extracted = await extractInWorkers(texts, workers, (count) => {
      done += count;
      report();
    });
    missing.forEach((index, position) => (results[index] = extracted[position]));
  } else {
    for (const index of missing) {
      results[index] = extractArticle(articleText(seeds[index]!));
      done++;
      report();
    }
  }
  missing.forEach((index) => cache.set(seeds[index]!.textHash, results[index]!));
  return results as Extraction[];
}

function articleText(seed: Seed): ArticleText {
  return { headline: seed.headline, paragraphs: seed.paragraphs };
}

/** Extracts `texts` on `count` worker threads, handing out batches as workers come free. */
async function extractInWorkers(
  texts: readonly ArticleText[],
  count: number,
  onBatch: (size: number) => void,
): Promise<Extraction[]> {
  const results: Extraction[] = new Array(texts.length);
  let next = 0;
  const pool = Array.from(
    { length: count },
    () => new Worker(new URL("./extract-worker.js", import.meta.url)),
  );
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= texts.length) return resolve();
              const start = next;
              next += BATCH_SIZE;
              worker.postMessage({ batch: start, texts: texts.slice(start, start + BATCH_SIZE) });
            };
            worker.on(
              "message",
              (message: { batch: number; extractions?: Extraction[]; error?: string }) => {
                if (message.error !== undefined)
                  return reject(
                    new Error(`extraction failed in a worker thread: ${message.error}`),
                  );
                message.extractions!.forEach(
                  (extraction, offset) => (results[message.batch + offset] = extraction),
                );
                onBatch(message.extractions!.length);
                send();
              },
            );
            worker.on("error", reject);
            worker.on(
              "exit",
              (code) =>
                code !== 0 &&
                reject(new Error(`an extraction worker stopped with exit code ${code}`)),
            );
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return results;
}
