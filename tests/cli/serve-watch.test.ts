// `gazette serve --prune` sees every save of a seed, rename-saves included (Node 20's recursive
// fs.watch lost a seed after its first rename-save: issue #12), and removes a deleted seed's
// page while it runs.
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDevServer, type DevServer } from "../helpers/dev-server.ts";
import { makeWorkspace, pageSlugOf, PROJECT_ROOT, type Workspace } from "../helpers/workspace.ts";

const FIXTURE_SEEDS = join(PROJECT_ROOT, "tests/fixtures/site/seeds");
const SEEDS = ["001_harbour-wall.txt", "002_ferry-timetable.txt", "003_school-roof.txt"];

let workspace: Workspace;
let server: DevServer;

beforeAll(async () => {
  workspace = makeWorkspace();
  for (const name of SEEDS) cpSync(join(FIXTURE_SEEDS, name), join(workspace.seeds, name));
  server = await startDevServer(workspace, {
    args: ["--prune"],
    ready: async (started) =>
      started.output().includes("watching: seeds and content") &&
      (await started.get("/")).status === 200,
  });
}, 150_000);

afterAll(() => server?.stop());

/** How vim and `sed -i` save: a new file written beside the old one, then renamed over it. */
function renameSave(path: string, text: string): void {
  writeFileSync(`${path}.sedXYZ`, text);
  renameSync(`${path}.sedXYZ`, path);
}

function withHeadline(path: string, headline: string): string {
  const [, ...body] = readFileSync(path, "utf8").split("\n");
  return [headline, ...body].join("\n");
}

describe("gazette serve --prune", () => {
  it("shows every rename-save of a seed, and an in-place save after them", async () => {
    const slug = pageSlugOf(workspace, "001_harbour-wall.txt");
    const seed = join(workspace.seeds, "001_harbour-wall.txt");
    for (const headline of [
      "Harbour wall vote: council says yes",
      "Harbour wall vote: work starts in March",
    ]) {
      renameSave(seed, withHeadline(seed, headline));
      await server.waitFor(
        async () => (await server.get(`/articles/${slug}/`)).text.includes(headline),
        60_000,
        `the page did not show "${headline}"`,
      );
    }
    const headline = "Harbour wall vote: stone from the old quarry";
    writeFileSync(seed, withHeadline(seed, headline));
    await server.waitFor(
      async () => (await server.get(`/articles/${slug}/`)).text.includes(headline),
      60_000,
      `the page did not show "${headline}"`,
    );
  }, 200_000);

  it("removes a deleted seed's page", async () => {
    const slug = pageSlugOf(workspace, "003_school-roof.txt");
    expect((await server.get(`/articles/${slug}/`)).status).toBe(200);
    rmSync(join(workspace.seeds, "003_school-roof.txt"));
    await server.waitFor(
      async () => (await server.get(`/articles/${slug}/`)).status === 404,
      60_000,
      "the deleted seed's page is still served",
    );
    expect(readdirSync(join(workspace.content, "articles"))).not.toContain(`${slug}.md`);
  }, 100_000);
});
