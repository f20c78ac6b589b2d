// What `gazette build` prints: problems, a warning while site.json's url is the placeholder,
// and one summary line per build (render and ingest), with no line from Eleventy.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gazette, makeWorkspace } from "../helpers/workspace.ts";

const storm = "Storm hits coast\nWinds of 90mph hit the coast on Monday.\n";

describe("gazette build output", () => {
  it("warns while url is the placeholder, then prints one summary line and nothing from Eleventy", () => {
    const workspace = makeWorkspace({ "storm.txt": storm });
    const run = gazette(workspace, "build");
    expect(run.status).toBe(0);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toEqual([
      expect.stringMatching(
        /_data\/site\.json: "url" is still https:\/\/example\.org, .*set "url" to the address/,
      ),
      expect.stringMatching(/^build: /),
    ]);
    expect(lines[1]).toMatch(
      /^build: \d+ files written, 0 unchanged, 0 removed; site in .* s; ingest: 1 written, 0 unchanged, 0 kept because edited, 0 rejected$/,
    );
  });

  it("says nothing of the url once site.json has the site's own, and prints only problems with --quiet", () => {
    const workspace = makeWorkspace({ "storm.txt": storm });
    mkdirSync(join(workspace.content, "_data"));
    writeFileSync(
      join(workspace.content, "_data", "site.json"),
      JSON.stringify({ url: "https://news.example.net" }),
    );
    const run = gazette(workspace, "build");
    expect(run.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^build: .*; ingest: 1 written/),
    ]);
    expect(gazette(workspace, "build", "--quiet").stderr).toBe("");
  });
});
