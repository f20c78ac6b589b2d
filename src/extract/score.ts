// Scoring for the gold set: matches predicted names against gold entities and turns
// the counts into precision, recall and F1. People and quote speakers must match the
// gold canonical name exactly (after NFC, with ’ and ' one apostrophe, and the full stops of
// initials and of "Jr."/"Sr." optional, as is the space between two initials: "George W. Bush" and
// "George W Bush", "George H.W. Bush" and "George H. W. Bush", "Donald Trump Jr" and "Donald Trump
// Jr." are one spelling of one name, and a site gives them one page whichever its articles use);
// places and organisations match the gold
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

const keyFor = (mode: MatchMode) => (s: string) =>
  mode === "exact"
    ? s
        .normalize("NFC")
        .trim()
        .replace(/(?<=\b\p{Lu})\./gu, "")
        .replace(/(?<=\b\p{Lu})\s+(?=\p{Lu}\b)/gu, "")
        .replace(/\b([JS]r)\.$/u, "$1")
        .replace(/’/g, "'")
    : foldName(s);

/** Compares one article's predictions with its gold entities. */
export function matchEntities(
  predicted: readonly string[],
  gold: readonly GoldEntity[],
  mode: MatchMode,
): Match {
  const key = keyFor(mode);
  const owner = new Map<string, number>();
  gold.forEach((g, i) =>
    [g.name, ...g.aliases].forEach((n) => owner.has(key(n)) || owner.set(key(n), i)),
  );
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

/** Words of a name for lenient comparison: folded, without dots ("George W. Bush" = "George W Bush"). */
const nameWords = (s: string) => foldName(s.replace(/\./g, " ")).split(" ").filter(Boolean);

/** `short` names the same person as `long` in fewer words: same last word, its words in order ("Bush" of "George W. Bush"). */
function isShortFormOf(short: string[], long: string[]): boolean {
  if (short.length === 0 || short.at(-1) !== long.at(-1)) return false;
  let at = 0;
  for (const w of long) if (w === short[at]) at++;
  return at === short.length;
}

/**
 * People scored leniently: a prediction matches a gold person when it is the canonical name,
 * one of the forms the article uses, or a shorter or longer form of it ("Bush" for
 * "George W. Bush", "George W Bush" for "George W. Bush"). Tells spelling and folding
 * mistakes apart from people missed or invented.
 */
export function matchPeopleLeniently(
  predicted: readonly string[],
  gold: readonly GoldEntity[],
): Match {
  const matched = new Set<number>();
  const spurious: string[] = [];
  for (const p of predicted) {
    const words = nameWords(p);
    const i = gold.findIndex(
      (g, gi) =>
        !matched.has(gi) &&
        [g.name, ...g.aliases].some((n) => {
          const gw = nameWords(n);
          return isShortFormOf(words, gw) || isShortFormOf(gw, words);
        }),
    );
    if (i < 0) spurious.push(p);
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
