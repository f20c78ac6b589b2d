// The site folder is apart from seeds/ and content/ (issue 13, bug 9): a site written into
// seeds/ came back as seeds on the next ingest (robots.txt as an article titled "User-agent: *").
import { existsSync, mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkOutDir } from "../../src/cli/check-options.ts";
import { gazette, makeWorkspace } from "../helpers/workspace.ts";

describe("checkOutDir", () => {
  const workspace = makeWorkspace();
  const folders = { seeds: workspace.seeds, content: workspace.content };

  it.each([
    ["the seeds folder", () => workspace.seeds],
    ["a folder inside seeds", () => join(workspace.seeds, "site")],
    ["a folder inside content", () => join(workspace.content, "_site")],
    ["a folder that holds both", () => workspace.root],
    [
      "a symlink to the seeds folder",
      () => {
        const link = join(workspace.root, "seeds-link");
        if (!existsSync(link)) symlinkSync(workspace.seeds, link);
        return link;
      },
    ],
  ])("refuses %s", (_what, out) => {
    expect(() => checkOutDir(out(), folders)).toThrow(
      /--out ".*" overlaps the (seeds|content) folder ".*"; write the site to a folder of its own/,
    );
  });

  it("accepts a folder beside them", () => {
    mkdirSync(join(workspace.root, "site"), { recursive: true });
    expect(checkOutDir(join(workspace.root, "site"), folders)).toBe(join(workspace.root, "site"));
    expect(checkOutDir(join(workspace.root, "not-yet", "site"), folders)).toBe(
      join(workspace.root, "not-yet", "site"),
    );
  });
});

it("gazette build --out seeds/site exits 2 with one line and writes nothing", () => {
  const workspace = makeWorkspace({
    "storm.txt": "Storm hits coast\nWinds of 90mph hit the coast on Monday.",
  });
  const run = gazette(workspace, "build", "--out", join(workspace.seeds, "site"));
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/--out ".*\/seeds\/site" overlaps the seeds folder/);
  expect(run.stderr.trim().split("\n")).toHaveLength(1); // the problem, and where to find usage
  expect(run.stderr).toMatch(/Run "gazette build --help" for its options\.$/m);
  expect(existsSync(join(workspace.seeds, "site"))).toBe(false);
  expect(existsSync(join(workspace.content, "articles"))).toBe(false);
});
