// `gazette serve --drafts`: editors preview drafts and embargoed stories, each with a banner,
// in a folder of its own (_preview/), so that a preview is never deployed as the site.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GAZETTE_BIN, makeWorkspace, writeSeed, type Workspace } from "../helpers/workspace.ts";

let workspace: Workspace;
let server: ChildProcess | undefined;
let output = "";
let base = "";

beforeAll(async () => {
  workspace = makeWorkspace({
    "harbour.txt": "Harbour wall finished\nThe new harbour wall in Whitby opened on Monday.",
    "secret.txt": "Pier to close\nThe council will close the Whitby pier next month.",
  });
  writeSeed(
    workspace,
    "articles.yaml",
    "harbour.txt: { date: 2025-04-01 }\nsecret.txt: { date: 2025-04-02, status: draft }\n",
  );
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // No --out: a preview goes to _preview/ in the folder gazette runs from.
  server = spawn(
    process.execPath,
    [
      GAZETTE_BIN,
      "serve",
      "--drafts",
      "--seeds",
      workspace.seeds,
      "--content",
      workspace.content,
      "--port",
      String(port),
    ],
    {
      cwd: workspace.root,
      stdio: ["ignore", "pipe", "pipe"],
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

describe("gazette serve --drafts", () => {
  it("shows a draft with a banner, next to the published stories", async () => {
    const draft = await get("/articles/pier-to-close/");
    expect(draft.status).toBe(200);
    expect(draft.text).toMatch(
      /<p class="unpublished-banner" role="note"><strong>Draft:<\/strong>/,
    );
    expect((await get("/")).text).toContain('href="/articles/harbour-wall-finished/"');
  });

  it("writes the preview to _preview, not _site, and remembers none of its URLs as published", () => {
    expect(
      existsSync(join(workspace.root, "_preview", "articles", "pier-to-close", "index.html")),
    ).toBe(true);
    expect(existsSync(join(workspace.root, "_site"))).toBe(false);
    expect(existsSync(join(workspace.content, "_data", "published-urls.json"))).toBe(false);
  });
});

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
