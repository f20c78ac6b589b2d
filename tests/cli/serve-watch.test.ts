// `gazette serve --prune` sees every save of a seed, rename-saves included (Node 20's recursive
// fs.watch lost a seed after its first rename-save: issue #12), and removes a deleted seed's
// page while it runs.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GAZETTE_BIN, makeWorkspace, PROJECT_ROOT, type Workspace } from "../helpers/workspace.ts";

const FIXTURE_SEEDS = join(PROJECT_ROOT, "tests/fixtures/site/seeds");
const SEEDS = ["001_harbour-wall.txt", "002_ferry-timetable.txt", "003_school-roof.txt"];

let workspace: Workspace;
let server: ChildProcess | undefined;
let output = "";
let base = "";

beforeAll(async () => {
  workspace = makeWorkspace();
  for (const name of SEEDS) cpSync(join(FIXTURE_SEEDS, name), join(workspace.seeds, name));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [
      GAZETTE_BIN,
      "serve",
      "--prune",
      "--seeds",
      workspace.seeds,
      "--content",
      workspace.content,
      "--out",
      workspace.out,
      "--port",
      String(port),
    ],
    {
      cwd: workspace.root,
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group, so that afterAll ends the server and anything it started.
      detached: true,
    },
  );
  server.stdout!.on("data", (chunk) => (output += chunk));
  server.stderr!.on("data", (chunk) => (output += chunk));
  await waitFor(
    async () => output.includes("watching: seeds and content") && (await get("/")).status === 200,
    120_000,
    "the dev server did not start watching",
  );
}, 150_000);

afterAll(() => {
  if (server?.pid && server.exitCode === null) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
});

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
    const slug = pageOf("001_harbour-wall.txt");
    const seed = join(workspace.seeds, "001_harbour-wall.txt");
    for (const headline of [
      "Harbour wall vote: council says yes",
      "Harbour wall vote: work starts in March",
    ]) {
      renameSave(seed, withHeadline(seed, headline));
      await waitFor(
        async () => (await get(`/articles/${slug}/`)).text.includes(headline),
        60_000,
        `the page did not show "${headline}"`,
      );
    }
    const headline = "Harbour wall vote: stone from the old quarry";
    writeFileSync(seed, withHeadline(seed, headline));
    await waitFor(
      async () => (await get(`/articles/${slug}/`)).text.includes(headline),
      60_000,
      `the page did not show "${headline}"`,
    );
  }, 200_000);

  it("removes a deleted seed's page", async () => {
    const slug = pageOf("003_school-roof.txt");
    expect((await get(`/articles/${slug}/`)).status).toBe(200);
    rmSync(join(workspace.seeds, "003_school-roof.txt"));
    await waitFor(
      async () => (await get(`/articles/${slug}/`)).status === 404,
      60_000,
      "the deleted seed's page is still served",
    );
    expect(readdirSync(join(workspace.content, "articles"))).not.toContain(`${slug}.md`);
  }, 100_000);
});

/** The slug of the page ingest made from `source`. */
function pageOf(source: string): string {
  const articles = join(workspace.content, "articles");
  const name = readdirSync(articles).find((file) =>
    readFileSync(join(articles, file), "utf8").includes(`\nsource: ${JSON.stringify(source)}\n`),
  );
  if (!name) throw new Error(`no page for ${source}`);
  return name.replace(/\.md$/, "");
}

async function get(path: string): Promise<{ status: number; text: string }> {
  try {
    const response = await fetch(base + path);
    return { status: response.status, text: await response.text() };
  } catch {
    return { status: 0, text: "" };
  }
}

async function waitFor(
  condition: () => Promise<boolean>,
  timeoutMs: number,
  message: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (server?.exitCode !== null && server?.exitCode !== undefined)
      throw new Error(`gazette serve exited:\n${output.slice(-3000)}`);
    if (Date.now() > deadline)
      throw new Error(`${message} within ${timeoutMs / 1000} s:\n${output.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}
