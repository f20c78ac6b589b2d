// `gazette serve` end to end: the dev server starts, a saved seed is re-ingested and its page
// rebuilt and served, and the search index is built.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDevServer, type DevServer } from "../helpers/dev-server.ts";
import { makeWorkspace, pageSlugOf, PROJECT_ROOT, type Workspace } from "../helpers/workspace.ts";

const FIXTURE_SEEDS = join(PROJECT_ROOT, "tests/fixtures/site/seeds");
const SEEDS = [
  "001_harbour-wall.txt",
  "002_ferry-timetable.txt",
  "003_school-roof.txt",
  "004_seagrass.txt",
];

let workspace: Workspace;
let server: DevServer;

beforeAll(async () => {
  workspace = makeWorkspace();
  for (const name of SEEDS) cpSync(join(FIXTURE_SEEDS, name), join(workspace.seeds, name));
  const dates = readFileSync(join(FIXTURE_SEEDS, "dates.yaml"), "utf8")
    .split("\n")
    .filter((line) => !/^\d/.test(line) || SEEDS.some((name) => line.startsWith(`${name}:`)));
  writeFileSync(join(workspace.seeds, "dates.yaml"), dates.join("\n"));
  server = await startDevServer(workspace);
});

afterAll(() => server?.stop());

describe("gazette serve", () => {
  it("rebuilds an article's page after its seed is saved", async () => {
    const slug = pageSlugOf(workspace, "001_harbour-wall.txt");
    expect((await server.get(`/articles/${slug}/`)).text).toContain(
      "Harbourton council approves repairs",
    );
    const seed = join(workspace.seeds, "001_harbour-wall.txt");
    const [, ...body] = readFileSync(seed, "utf8").split("\n");
    const headline = "Harbourton council votes to rebuild the harbour wall in stone";
    writeFileSync(seed, [headline, ...body].join("\n"));
    await server.waitFor(
      async () => (await server.get(`/articles/${slug}/`)).text.includes(headline),
      60_000,
      "the page did not show the new headline",
    );
    // Each build says what Gazette wrote: the first build everything, this one a few pages.
    const counts = [
      ...server.output().matchAll(/^pages: (\d+) files written, (\d+) unchanged, \d+ removed$/gm),
    ].map((match) => [Number(match[1]), Number(match[2])] as const);
    expect(counts.length).toBeGreaterThanOrEqual(2);
    expect(counts.at(-1)![0]).toBeGreaterThan(0);
    expect(counts.at(-1)![0]).toBeLessThan(counts.at(-1)![1]);
    // Gazette's count only, not Eleventy's "Wrote 0 files" beside it.
    expect(server.output()).not.toMatch(/Wrote \d+ files?/);
  });

  it("serves a search index", async () => {
    await server.waitFor(
      async () => (await server.get("/pagefind/pagefind.js")).status === 200,
      60_000,
      "no search index",
    );
    expect((await server.get("/pagefind/pagefind.js")).status).toBe(200);
  });
});
