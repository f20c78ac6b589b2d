// One bad entry never stops the others (issue 13, bug 8): a symlink loop or an unreadable folder
// under seeds/ or content/ is one line naming it, and every other seed is still published.
import { chmodSync, mkdirSync, readdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileVersion } from "../../src/file-version.ts";
import { listSeeds } from "../../src/ingest/read-seeds.ts";
import { gazette, makeWorkspace, writeSeed } from "../helpers/workspace.ts";

const storm = "Storm hits coast\nWinds of 90mph hit the coast on Monday.";
const isRoot = process.getuid?.() === 0;

describe("symlink loops", () => {
  it("have no file version, instead of throwing ELOOP", () => {
    const workspace = makeWorkspace();
    symlinkSync("loop", join(workspace.seeds, "loop"));
    expect(fileVersion(join(workspace.seeds, "loop"))).toBeUndefined();
  });

  it("under seeds/ and content/articles/ are reported in one line each; the rest is built", () => {
    const workspace = makeWorkspace({ "a.txt": storm });
    mkdirSync(join(workspace.seeds, "folder"));
    symlinkSync("../folder", join(workspace.seeds, "folder", "self"));
    symlinkSync("self-loop", join(workspace.seeds, "self-loop"));
    symlinkSync("story.txt", join(workspace.seeds, "story.txt"));
    mkdirSync(join(workspace.content, "articles"));
    symlinkSync("loop.md", join(workspace.content, "articles", "loop.md"));

    const run = gazette(workspace, "build");
    expect(run.stderr).not.toMatch(/\n\s+at |ELOOP: /);
    expect(run.stderr).toMatch(/articles\/loop\.md: cannot be read \(ELOOP\); left as it is/);
    expect(run.status).toBe(1);
    expect(readdirSync(join(workspace.out, "articles"))).toEqual(["storm-hits-coast"]);
  });
});

describe.skipIf(isRoot)("a folder that may not be read (as a user other than root)", () => {
  it("is reported and skipped, and --prune keeps the pages of the seeds in it", () => {
    const workspace = makeWorkspace({ "a.txt": storm });
    writeSeed(workspace, "locked/b.txt", "Floods close roads\nRoads in York were closed.");
    gazette(workspace, "ingest");
    chmodSync(join(workspace.seeds, "locked"), 0o000);
    try {
      const errors: string[] = [];
      expect(
        listSeeds(workspace.seeds, (folder, reason) => errors.push(`${folder}: ${reason}`)),
      ).toEqual(["a.txt"]);
      expect(errors).toEqual([
        expect.stringMatching(/^locked\/: this folder cannot be read \(EACCES\)/),
      ]);
      const run = gazette(workspace, "ingest", "--prune");
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(
        /locked\/: this folder cannot be read \(EACCES\); its seeds were skipped/,
      );
      expect(run.stderr).not.toMatch(/removed \(--prune\)/);
      expect(readdirSync(join(workspace.content, "articles")).sort()).toEqual([
        "floods-close-roads.md",
        "storm-hits-coast.md",
      ]);
    } finally {
      chmodSync(join(workspace.seeds, "locked"), 0o755);
    }
  });
});
