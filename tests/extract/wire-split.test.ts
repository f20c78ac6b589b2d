import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusRoot, hasCorpus } from "../../src/extract/read-gold-set.ts";
import { WIRE_LABELLED, wireSplit } from "../../src/extract/wire-split.ts";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const labelled = (half: string) =>
  readdirSync(join(repoRoot, "tests/fixtures/gold-wire", half))
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.replace(/\.json$/, ""));

describe("wireSplit", () => {
  const ids = Array.from({ length: 300 }, (_, i) => `id${i}`);

  it("deals the labelled ids alternately into two halves of equal size", () => {
    const { dev, test } = wireSplit(ids);
    expect(dev).toHaveLength(WIRE_LABELLED / 2);
    expect(test).toHaveLength(WIRE_LABELLED / 2);
    expect(dev.filter((id) => test.includes(id))).toEqual([]);
  });

  it("does not depend on the order the ids come in", () => {
    expect(wireSplit([...ids].reverse())).toEqual(wireSplit(ids));
  });
});

describe("the wire gold set", () => {
  const corpusMissing = !hasCorpus(repoRoot);
  if (corpusMissing)
    console.log(
      "wire-split.test: ../shared/corpus is absent, so the split of the labelled files is not checked.",
    );

  it.skipIf(corpusMissing)("labels only stories of the half each folder stands for", () => {
    const ids = readdirSync(join(corpusRoot(repoRoot), "wire/articles")).map((f) =>
      f.replace(/\.txt$/, ""),
    );
    const { dev, test } = wireSplit(ids);
    expect(labelled("dev").filter((id) => !dev.includes(id))).toEqual([]);
    expect(labelled("test").filter((id) => !test.includes(id))).toEqual([]);
  });
});
