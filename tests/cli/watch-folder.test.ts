// The dev server's folder watcher sees every kind of save, including the rename-saves Node 20's
// recursive fs.watch lost track of on Linux (issue #12).
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isScratchFile, watchFolder, type FolderWatcher } from "../../src/cli/watch-folder.ts";

let watcher: FolderWatcher | undefined;
afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
});

/** A watched folder with one seed, and a way to wait for the next burst of changes. */
async function watched() {
  const dir = mkdtempSync(join(tmpdir(), "gazette-watch-"));
  writeFileSync(join(dir, "a.txt"), "first\n");
  const bursts: string[][] = [];
  let wake: (() => void) | undefined;
  watcher = watchFolder(
    dir,
    (paths) => {
      bursts.push(paths);
      wake?.();
    },
    { settleMs: 50 },
  );
  await watcher.ready;
  /** Runs `act`, then resolves with the paths of the next burst (or fails after 10 s). */
  const next = async (act: () => void): Promise<string[]> => {
    const seen = bursts.length;
    const arrived = new Promise<void>((resolve) => (wake = resolve));
    act();
    await Promise.race([
      arrived,
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error("no change seen in 10 s")), 10_000),
      ),
    ]);
    // The burst may still be growing: settle, then take what arrived.
    await new Promise((resolve) => setTimeout(resolve, 100));
    return bursts.slice(seen).flat();
  };
  return { dir, next };
}

/** How vim and `sed -i` save: write a new file beside the old one, rename it over the old. */
function renameSave(path: string, text: string): void {
  const temporary = `${path}.sedXYZ`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

describe("watchFolder", () => {
  it("sees in-place saves", async () => {
    const { dir, next } = await watched();
    expect(await next(() => writeFileSync(join(dir, "a.txt"), "second\n"))).toContain(
      join(dir, "a.txt"),
    );
  }, 30_000);

  it("sees every rename-save of a file, not only the first", async () => {
    const { dir, next } = await watched();
    for (const text of ["second\n", "third\n", "fourth\n"])
      expect(await next(() => renameSave(join(dir, "a.txt"), text))).toContain(join(dir, "a.txt"));
    // And an in-place save after them.
    expect(await next(() => writeFileSync(join(dir, "a.txt"), "fifth\n"))).toContain(
      join(dir, "a.txt"),
    );
  }, 30_000);

  it("sees files in a new folder, and later saves in it", async () => {
    const { dir, next } = await watched();
    const section = join(dir, "sport");
    expect(
      await next(() => {
        mkdirSync(section);
        writeFileSync(join(section, "b.txt"), "new\n");
      }),
    ).toContain(join(section, "b.txt"));
    expect(await next(() => renameSave(join(section, "b.txt"), "changed\n"))).toContain(
      join(section, "b.txt"),
    );
  }, 30_000);

  it("sees deletions", async () => {
    const { dir, next } = await watched();
    expect(await next(() => rmSync(join(dir, "a.txt")))).toContain(join(dir, "a.txt"));
  }, 30_000);

  it.each([
    ["/s/.a.txt.swp", true],
    ["/c/articles/.storm.md.4242.tmp", true],
    ["/s/a.txt~", true],
    ["/s/a.txt", false],
    ["/s/.hidden-folder-is-scratch", true],
  ])("isScratchFile(%s) is %s", (path, expected) => {
    expect(isScratchFile(path)).toBe(expected);
  });
});
