// Differential test of incremental builds (issue #12): a seeded random sequence of edits, and
// after each one the incremental site must equal a from-scratch build of the same content byte
// for byte. `npm run fuzz` runs the same check with 1,000 edits; set GAZETTE_FUZZ_SEED to
// replay a sequence.
import { describe, expect, it } from "vitest";
import { EDITS } from "./edits.ts";
import { runDifferential } from "./run-differential.ts";

const SEED = Number(process.env.GAZETTE_FUZZ_SEED ?? 12);

describe("incremental builds", () => {
  it("equal a build from scratch after each of 50 random edits over 100 articles", async () => {
    const result = await runDifferential({ seed: SEED, articles: 100, edits: 50 });
    const report = result.mismatch
      ? `seed ${SEED}: after edit ${result.mismatch.edit + 1} (${result.log.at(-1)}) these files differ: ${result.mismatch.files.slice(0, 20).join(", ")}\nedits:\n${result.log.join("\n")}`
      : "";
    expect(result.mismatch, report).toBeUndefined();
    expect(result.log).toHaveLength(50);
    // Every kind of edit was made.
    expect(new Set(result.kinds)).toEqual(new Set(EDITS.map((edit) => edit.kind)));
  }, 900_000);
});
