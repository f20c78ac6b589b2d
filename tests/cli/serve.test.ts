// `gazette serve` end to end: the dev server starts, a saved seed is re-ingested and its page
// rebuilt and served, and the search index is built.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GAZETTE_BIN, makeWorkspace, PROJECT_ROOT, type Workspace } from "../helpers/workspace.ts";

const FIXTURE_SEEDS = join(PROJECT_ROOT, "tests/fixtures/site/seeds");
const SEEDS = [
  "001_harbour-wall.txt",
  "002_ferry-timetable.txt",
  "003_school-roof.txt",
  "004_seagrass.txt",
];

let workspace: Workspace;
let server: ChildProcess | undefined;
let output = "";
let base = "";

beforeAll(async () => {
  workspace = makeWorkspace();
  for (const name of SEEDS) cpSync(join(FIXTURE_SEEDS, name), join(workspace.seeds, name));
  const dates = readFileSync(join(FIXTURE_SEEDS, "dates.yaml"), "utf8")
    .split("\n")
    .filter((line) => !/^\d/.test(line) || SEEDS.some((name) => line.startsWith(`${name}:`)));
  writeFileSync(join(workspace.seeds, "dates.yaml"), dates.join("\n"));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [
      GAZETTE_BIN,
      "serve",
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
    async () => (await get("/")).status === 200,
    120_000,
    "the dev server did not answer",
  );
});

afterAll(() => {
  if (server?.pid && server.exitCode === null) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
});

describe("gazette serve", () => {
  it("rebuilds an article's page after its seed is saved", async () => {
    const slug = pageOf("001_harbour-wall.txt");
    expect((await get(`/articles/${slug}/`)).text).toContain("Harbourton council approves repairs");
    const seed = join(workspace.seeds, "001_harbour-wall.txt");
    const [, ...body] = readFileSync(seed, "utf8").split("\n");
    const headline = "Harbourton council votes to rebuild the harbour wall in stone";
    writeFileSync(seed, [headline, ...body].join("\n"));
    await waitFor(
      async () => (await get(`/articles/${slug}/`)).text.includes(headline),
      60_000,
      "the page did not show the new headline",
    );
    // Each build says what Gazette wrote: the first build everything, this one a few pages.
    const counts = [
      ...output.matchAll(/^pages: (\d+) files written, (\d+) unchanged, \d+ removed$/gm),
    ].map((match) => [Number(match[1]), Number(match[2])] as const);
    expect(counts.length).toBeGreaterThanOrEqual(2);
    expect(counts.at(-1)![0]).toBeGreaterThan(0);
    expect(counts.at(-1)![0]).toBeLessThan(counts.at(-1)![1]);
    // Gazette's count only, not Eleventy's "Wrote 0 files" beside it.
    expect(output).not.toMatch(/Wrote \d+ files?/);
  });

  it("serves a search index", async () => {
    await waitFor(
      async () => (await get("/pagefind/pagefind.js")).status === 200,
      60_000,
      "no search index",
    );
    expect((await get("/pagefind/pagefind.js")).status).toBe(200);
  });
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
