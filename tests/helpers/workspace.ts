// Temporary seeds/content folders and a way to run the real `gazette` command in them.
import { spawn, spawnSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const GAZETTE_BIN = join(PROJECT_ROOT, "bin/gazette.js");
export const CORPUS_DIR = resolve(PROJECT_ROOT, "../shared/corpus/bbc");

export interface Workspace {
  root: string;
  seeds: string;
  content: string;
  cache: string;
  out: string;
}

/** A fresh folder with empty seeds/ and content/; dates pinned by seeds/dates.yaml when given. */
export function makeWorkspace(seeds: Record<string, string | Buffer> = {}): Workspace {
  const root = mkdtempSync(join(tmpdir(), "gazette-test-"));
  const workspace = {
    root,
    seeds: join(root, "seeds"),
    content: join(root, "content"),
    cache: join(root, "cache"),
    out: join(root, "site"),
  };
  mkdirSync(workspace.seeds);
  mkdirSync(workspace.content);
  for (const [name, text] of Object.entries(seeds)) writeSeed(workspace, name, text);
  return workspace;
}

export function writeSeed(workspace: Workspace, name: string, text: string | Buffer): void {
  mkdirSync(dirname(join(workspace.seeds, name)), { recursive: true });
  writeFileSync(join(workspace.seeds, name), text);
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `gazette <args>` with the workspace's folders, the cache kept inside the workspace. */
export function gazette(workspace: Workspace, command: string, ...args: string[]): RunResult {
  const folders =
    command === "ingest" || command === "build"
      ? ["--seeds", workspace.seeds, "--content", workspace.content]
      : [];
  const out = command === "build" ? ["--out", workspace.out] : [];
  const result = spawnSync(process.execPath, [GAZETTE_BIN, command, ...folders, ...out, ...args], {
    cwd: workspace.root,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0" },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts `gazette` without waiting, for tests that kill it part-way. */
export function startGazette(workspace: Workspace, command: string, ...args: string[]) {
  return spawn(
    process.execPath,
    [GAZETTE_BIN, command, "--seeds", workspace.seeds, "--content", workspace.content, ...args],
    { cwd: workspace.root, stdio: "ignore" },
  );
}

/** path (relative to `dir`) → bytes, for every file under `dir`. */
export function snapshotFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, "latin1"));
    }
  };
  walk(dir);
  return files;
}

export function mtimes(dir: string): Map<string, number> {
  return new Map(
    [...snapshotFiles(dir).keys()].map((path) => [path, statSync(join(dir, path)).mtimeMs]),
  );
}

export function copyCorpus(workspace: Workspace, perSection = Infinity): number {
  let copied = 0;
  for (const section of readdirSync(CORPUS_DIR).sort()) {
    const files = readdirSync(join(CORPUS_DIR, section)).sort().slice(0, perSection);
    for (const file of files)
      cpSync(join(CORPUS_DIR, section, file), join(workspace.seeds, section, file));
    copied += files.length;
  }
  return copied;
}

/** The slug of the page ingest made from the seed `source` (its path under seeds/). */
export function pageSlugOf(workspace: Workspace, source: string): string {
  const articles = join(workspace.content, "articles");
  const name = readdirSync(articles).find((file) =>
    readFileSync(join(articles, file), "utf8").includes(`\nsource: ${JSON.stringify(source)}\n`),
  );
  if (!name) throw new Error(`no page for ${source}`);
  return name.replace(/\.md$/, "");
}
