// Killing ingest at any moment leaves every page either old or new, never truncated: pages are
// written to a temporary file and renamed into place.
import { readdirSync, readFileSync, watch } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { parsePage } from "../../src/front-matter.ts";
import { pageState } from "../../src/ingest/stamp-page.ts";
import {
  gazette,
  makeWorkspace,
  snapshotFiles,
  startGazette,
  writeSeed,
} from "../helpers/workspace.ts";

const SEEDS = 600;
const body = (n: number, edition: string) =>
  [
    `Council report number ${n}`,
    ...Array.from(
      { length: 30 },
      (_, p) =>
        `Paragraph ${p} of report ${n}, ${edition} edition, with enough words to make the page a few kilobytes long.`,
    ),
  ].join("\n");

/** Starts ingest and SIGKILLs it as soon as the first page lands in content/articles. */
async function killAtFirstWrite(workspace: ReturnType<typeof makeWorkspace>): Promise<void> {
  const articles = join(workspace.content, "articles");
  const child = startGazette(workspace, "ingest", "--quiet");
  const watcher = watch(articles, () => child.kill("SIGKILL"));
  await new Promise((done) => child.on("exit", done));
  watcher.close();
}

it("leaves every page old or new, never truncated, when ingest is killed part-way", async () => {
  const workspace = makeWorkspace();
  for (let n = 0; n < SEEDS; n++)
    writeSeed(workspace, `report-${String(n).padStart(4, "0")}.txt`, body(n, "first"));
  expect(gazette(workspace, "ingest", "--quiet").status).toBe(0);
  const oldPages = snapshotFiles(workspace.content);

  for (let n = 0; n < SEEDS; n++)
    writeSeed(workspace, `report-${String(n).padStart(4, "0")}.txt`, body(n, "second"));
  let interruptedPartWay = false;
  for (let attempt = 0; attempt < 3 && !interruptedPartWay; attempt++) {
    await killAtFirstWrite(workspace);
    const names = readdirSync(join(workspace.content, "articles")).filter((name) =>
      name.endsWith(".md"),
    );
    expect(names).toHaveLength(SEEDS);
    let updated = 0;
    for (const name of names) {
      const text = readFileSync(join(workspace.content, "articles", name), "utf8");
      expect(parsePage(text).ok, `${name} parses`).toBe(true);
      expect(pageState(text), `${name} is whole`).toBe("pristine");
      if (text.includes("second edition")) updated++;
      else expect(text).toBe(oldPages.get(`articles/${name}`));
    }
    interruptedPartWay = updated < SEEDS;
  }
  expect(interruptedPartWay, "ingest was killed before it had rewritten every page").toBe(true);

  // The next run finishes the job and clears what the killed runs left behind.
  const run = gazette(workspace, "ingest");
  expect(run.status).toBe(0);
  const names = readdirSync(join(workspace.content, "articles"));
  expect(names.filter((name) => !name.endsWith(".md"))).toEqual([]);
  expect(
    names.every((name) =>
      readFileSync(join(workspace.content, "articles", name), "utf8").includes("second edition"),
    ),
  ).toBe(true);
});
