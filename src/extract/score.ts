// Scoring for the gold set: matches predicted names against gold entities and turns
// the counts into precision, recall and F1. People and quote speakers must match the
// gold canonical name exactly (after NFC); places and organisations match the gold
// name or one of its listed aliases, ignoring case and diacritics. Each gold entity
// can be matched once; a second prediction for it (a duplicate) is a false positive.
import { foldName } from "./fold-name.ts";

export interface GoldEntity {
  name: string;
  aliases: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Match extends Counts {
  missed: string[];
  spurious: string[];
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export type MatchMode = "exact" | "folded";

const keyFor = (mode: MatchMode) => (s: string) => (mode === "exact" ? s.normalize("NFC").trim() : foldName(s));

/** Compares one article's predictions with its gold entities. */
export function matchEntities(predicted: readonly string[], gold: readonly GoldEntity[], mode: MatchMode): Match {
  const key = keyFor(mode);
  const owner = new Map<string, number>();
  gold.forEach((g, i) => [g.name, ...g.aliases].forEach((n) => owner.has(key(n)) || owner.set(key(n), i)));
  const matched = new Set<number>();
  const spurious: string[] = [];
  for (const p of predicted) {
    const i = owner.get(key(p));
    if (i === undefined || matched.has(i)) spurious.push(p);
    else matched.add(i);
  }
  const missed = gold.filter((_, i) => !matched.has(i)).map((g) => g.name);
  return { tp: matched.size, fp: spurious.length, fn: missed.length, missed, spurious };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/** Precision, recall and F1; an empty side counts as perfect (nothing to get wrong). */
export function scores(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
