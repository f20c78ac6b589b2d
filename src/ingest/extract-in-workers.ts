// Extracts many articles on a pool of worker threads. Each worker loads the extractor and its
// knowledge once, then takes batches as it finishes them; outcomes land in their texts' slots, so
// the result, and everything ingest does with it, is in seed order whatever thread finished
// first. A worker that dies (it failed to load, or ran out of memory) takes no more batches: its
// batch in hand, and any left when every worker is gone, are extracted on the main thread.
import { Worker } from "node:worker_threads";
import type { ArticleText } from "../extract/index.ts";
import { extractBatch, type ExtractionOutcome } from "./extract-batch.ts";

/** Texts handed to a worker at a time, at most: few enough to balance, enough to amortise messages. */
const MAX_BATCH_SIZE = 25;
/**
 * Batches a worker holds at once: it starts the next as soon as it posts one, without waiting for
 * the main thread (busy writing pages, or without a core on a loaded machine) to send more.
 */
const BATCHES_IN_FLIGHT = 2;

export const EXTRACT_WORKER = new URL("./extract-worker.js", import.meta.url);

/** One outcome per text, in order, extracted on `count` worker threads running `workerUrl`. */
export async function extractInWorkers(
  texts: readonly ArticleText[],
  count: number,
  onBatch: (size: number) => void,
  workerUrl: URL = EXTRACT_WORKER,
): Promise<ExtractionOutcome[]> {
  const outcomes: ExtractionOutcome[] = new Array(texts.length);
  const onMainThread: number[] = [];
  // A few batches per worker even for a few texts, so that every worker gets some.
  const size = Math.max(1, Math.min(MAX_BATCH_SIZE, Math.ceil(texts.length / (count * 4))));
  let next = 0;
  const take = () => {
    if (next >= texts.length) return undefined;
    next += size;
    return next - size;
  };
  const pool = Array.from({ length: count }, () => new Worker(workerUrl));
  const serve = (worker: Worker) =>
    new Promise<void>((resolve) => {
      const held = new Set<number>();
      const send = () => {
        const start = take();
        if (start !== undefined) {
          held.add(start);
          worker.postMessage({ batch: start, texts: texts.slice(start, start + size) });
        } else if (held.size === 0) resolve();
      };
      const died = () => {
        onMainThread.push(...held);
        held.clear();
        resolve();
      };
      worker.on("message", (message: { batch: number; outcomes: ExtractionOutcome[] }) => {
        held.delete(message.batch);
        message.outcomes.forEach((outcome, offset) => (outcomes[message.batch + offset] = outcome));
        onBatch(message.outcomes.length);
        send();
      });
      worker.once("error", died);
      worker.once("exit", died);
      for (let i = 0; i < BATCHES_IN_FLIGHT; i++) send();
    });
  try {
    await Promise.all(pool.map(serve));
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  for (let start = take(); start !== undefined; start = take()) onMainThread.push(start);
  for (const start of onMainThread.sort((a, b) => a - b)) {
    const batch = extractBatch(texts.slice(start, start + size));
    batch.forEach((outcome, offset) => (outcomes[start + offset] = outcome));
    onBatch(batch.length);
  }
  return outcomes;
}
