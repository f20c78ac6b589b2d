// An article's final tag list: its most salient places and organisations and its
// topics, deduplicated by folded spelling, at most ten. Extraction lists are already
// ordered by salience, so taking the head of each keeps the tags few and meaningful.
import type { Extraction } from "./types.ts";
import { foldName } from "./fold-name.ts";

const MAX_PLACES = 5;
const MAX_ORGANISATIONS = 3;
const MAX_TOPICS = 2;

export function tagsOf(extraction: Extraction): string[] {
  const candidates = [
    ...extraction.places.slice(0, MAX_PLACES),
    ...extraction.organisations.slice(0, MAX_ORGANISATIONS),
    ...extraction.topics.slice(0, MAX_TOPICS),
  ];
  const seen = new Set<string>();
  return candidates.filter((tag) => {
    const key = foldName(tag);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
