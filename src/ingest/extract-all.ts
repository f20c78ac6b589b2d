// Runs the extractor over every seed that the cache does not already know.
import { extractArticle } from "../extract/index.ts";
import type { Extraction } from "../extract/types.ts";
import type { ExtractionCache } from "./extraction-cache.ts";
import type { Seed } from "./read-seeds.ts";

/** Extractions in the order of `seeds`, from the cache where possible. */
export async function extractAll(seeds: readonly Seed[], cache: ExtractionCache, onProgress?: (done: number, total: number) => void): Promise<Extraction[]> {
  const results: Extraction[] = [];
  let done = 0;
  for (const seed of seeds) {
    let extraction = cache.get(seed.textHash);
    if (!extraction) {
      extraction = extractArticle({ headline: seed.headline, paragraphs: seed.paragraphs });
      cache.set(seed.textHash, extraction);
    }
    results.push(extraction);
    onProgress?.(++done, seeds.length);
  }
  return results;
}
