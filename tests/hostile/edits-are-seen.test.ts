// Caches trust a file's version (src/file-version.ts); an edit must change it whatever else about
// the file stayed the same (issue 13: "caches that trust a file version when something else about
// the file changed"). Here: the same size, and the modification time set back, as `touch -d`,
// `cp -p` or `rsync -t` do.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { gazette, makeWorkspace } from "../helpers/workspace.ts";

/**
 * Rewrites `file` with `text` (the same length) and sets its times back exactly as they were,
 * to the nanosecond, as `touch -r` does with a copy kept by `cp -p`.
 */
async function editBehindTheCachesBack(file: string, text: string): Promise<void> {
  expect(Buffer.byteLength(text)).toBe(statSync(file).size);
  const before = statSync(file, { bigint: true }).mtimeNs;
  const reference = `${file}.times`;
  expect(spawnSync("cp", ["-p", file, reference]).status).toBe(0);
  await new Promise((done) => setTimeout(done, 20));
  writeFileSync(file, text);
  expect(spawnSync("touch", ["-r", reference, file]).status).toBe(0);
  rmSync(reference);
  expect(statSync(file, { bigint: true }).mtimeNs, "the mtime is back as it was").toBe(before);
}

it("ingest and build see a seed and a page edited with the same size and an old mtime", async () => {
  const workspace = makeWorkspace({
    "storm.txt": "Storm hits coast\nWinds of 90mph hit the coast.",
  });
  expect(gazette(workspace, "build", "--quiet").status).toBe(0);

  await editBehindTheCachesBack(
    join(workspace.seeds, "storm.txt"),
    "Storm hits COAST\nWinds of 90mph hit the coast.",
  );
  expect(gazette(workspace, "build", "--quiet").status).toBe(0);
  const page = join(workspace.content, "articles", "storm-hits-coast.md");
  expect(readFileSync(page, "utf8")).toContain("Storm hits COAST");
  const html = () =>
    readFileSync(join(workspace.out, "articles", "storm-hits-coast", "index.html"), "utf8");
  expect(html()).toContain("Storm hits COAST");

  // The editor's hand, on the page itself: the body's words.
  const text = readFileSync(page, "utf8");
  await editBehindTheCachesBack(page, text.replace("Winds of 90mph", "Gusts of 90mph"));
  expect(gazette(workspace, "build", "--quiet", "--skip-ingest").status).toBe(0);
  expect(html()).toContain("Gusts of 90mph");
});
