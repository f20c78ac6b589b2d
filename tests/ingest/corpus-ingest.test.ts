// The whole BBC corpus (../shared/corpus/bbc, 2,225 real articles with 98 groups of identical
// files and 129 repeated headlines) ingests with no error: one page per distinct text, distinct
// URLs, identical texts reported as duplicates.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyCorpus, CORPUS_DIR, gazette, makeWorkspace } from "../helpers/workspace.ts";

const hasCorpus = existsSync(CORPUS_DIR);
if (!hasCorpus)
  console.warn(
    `Skipping the corpus ingest test: ${CORPUS_DIR} is absent (it is shared test material, not part of the repository).`,
  );

describe.skipIf(!hasCorpus)("ingesting the BBC corpus", () => {
  it("gives one page per distinct article, distinct URLs, and reports duplicates", () => {
    const workspace = makeWorkspace();
    const seeds = copyCorpus(workspace);
    const run = gazette(workspace, "ingest", "--json");
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.rejected).toEqual([]);

    // Distinct texts, counted independently of ingest from the files' bytes (after trimming the
    // final newline, which is all that separates some copies).
    const texts = new Map<string, string>();
    for (const section of readdirSync(workspace.seeds)) {
      for (const file of readdirSync(join(workspace.seeds, section)))
        texts.set(
          `${section}/${file}`,
          readFileSync(join(workspace.seeds, section, file), "utf8").trimEnd(),
        );
    }
    const distinct = new Set(texts.values()).size;
    expect(report.written).toHaveLength(distinct);
    expect(report.duplicates).toHaveLength(seeds - distinct);
    for (const { source, duplicateOf } of report.duplicates)
      expect(texts.get(source)).toBe(texts.get(duplicateOf));

    const pages = readdirSync(join(workspace.content, "articles"));
    expect(pages).toHaveLength(distinct);
    expect(new Set(pages).size).toBe(pages.length);
  });
});
