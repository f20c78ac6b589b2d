// `gazette serve --drafts`: editors preview drafts and embargoed stories, each with a banner,
// in a folder of its own (_preview/), so that a preview is never deployed as the site.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDevServer, type DevServer } from "../helpers/dev-server.ts";
import { makeWorkspace, writeSeed, type Workspace } from "../helpers/workspace.ts";

let workspace: Workspace;
let server: DevServer;

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
  // No --out: a preview goes to _preview/ in the folder gazette runs from.
  server = await startDevServer(workspace, { args: ["--drafts"], out: false });
});

afterAll(() => server?.stop());

describe("gazette serve --drafts", () => {
  it("shows a draft with a banner, next to the published stories", async () => {
    const draft = await server.get("/articles/pier-to-close/");
    expect(draft.status).toBe(200);
    expect(draft.text).toMatch(
      /<p class="unpublished-banner" role="note"><strong>Draft:<\/strong>/,
    );
    expect((await server.get("/")).text).toContain('href="/articles/harbour-wall-finished/"');
  });

  it("writes the preview to _preview, not _site, and remembers none of its URLs as published", () => {
    expect(
      existsSync(join(workspace.root, "_preview", "articles", "pier-to-close", "index.html")),
    ).toBe(true);
    expect(existsSync(join(workspace.root, "_site"))).toBe(false);
    expect(existsSync(join(workspace.content, "_data", "published-urls.json"))).toBe(false);
  });
});
