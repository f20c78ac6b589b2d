// Collects the places and organisations of an article from its mentions, deduplicated
// by folded name and ordered by salience: headline and lede mentions count extra, then how
// often the article names it, then where it first appears. Deterministic.
import type { Mention } from "./extract-mentions.ts";
import { foldName } from "./fold-name.ts";

const HEADLINE_WEIGHT = 3;
/** The first paragraph (the lede) names what the story is about. */
const LEDE_WEIGHT = 2;

/** Display names of mentions of one kind, most salient first. */
export function rankEntities(mentions: readonly Mention[], kind: "place" | "organisation"): string[] {
  const tally = new Map<string, { name: string; score: number; first: number }>();
  for (const m of mentions) {
    if (m.reading.kind !== kind) continue;
    const name = displayName(m.reading.name);
    const key = foldName(name);
    const at = m.paragraph * 1e7 + m.start;
    const entry = tally.get(key) ?? { name, score: 0, first: at };
    entry.score += m.paragraph === 0 ? HEADLINE_WEIGHT : m.paragraph === 1 ? LEDE_WEIGHT : 1;
    entry.first = Math.min(entry.first, at);
    tally.set(key, entry);
  }
  return [...tally.values()].sort((a, b) => b.score - a.score || a.first - b.first).map((e) => e.name);
}

/** Drops a leading "The" and a stray trailing full stop ("The Times." → "Times"). */
function displayName(name: string): string {
  return name.replace(/^the\s+/i, "").replace(/(?<![\p{Lu}]\.\p{Lu})\.$/u, "").trim();
}
