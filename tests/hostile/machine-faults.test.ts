// Fault injection (issue 13): a full disk, a read-only folder or a folder whose write permission
// was taken away, under content/ or the output
// stops ingest and build with one line naming the file and the fix, exit status 3, never a stack
// trace or a half-written page; once the fault is fixed, the same command finishes the job and
// its result is byte for byte what a run that never met the fault writes. The faults are real:
// a small tmpfs mounted over the folder, filled up or remounted read-only, and a folder whose
// write permission is taken from the user "nobody" the command runs as. Mounting and switching
// users need root (CI runs as root); elsewhere those cases are skipped with a message.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parsePage } from "../../src/front-matter.ts";
import {
  GAZETTE_BIN,
  gazette,
  makeWorkspace,
  type RunResult,
  snapshotFiles,
  type Workspace,
} from "../helpers/workspace.ts";

const mounted: string[] = [];
const mount = (...args: string[]) => spawnSync("mount", args, { encoding: "utf8" });

/** A tmpfs of `size` over `dir`: a folder whose disk can fill up or turn read-only. */
function smallDisk(dir: string, size: string): boolean {
  mkdirSync(dir, { recursive: true });
  if (mount("-t", "tmpfs", "-o", `size=${size}`, "tmpfs", dir).status !== 0) return false;
  mounted.push(dir);
  return true;
}
const remount = (dir: string, options: string) =>
  expect(mount("-o", `remount,${options}`, dir).status).toBe(0);

const probe = join(makeWorkspace().root, "probe");
const canMount = smallDisk(probe, "64k");
if (!canMount)
  console.warn("machine-faults: skipped, mounting a tmpfs needs root (CI runs as root)");

afterEach(() => {
  for (const dir of mounted.splice(0).reverse()) spawnSync("umount", [dir]);
});

/** Six seeds whose pages are about 12 kB each, with pinned dates, so two runs write the same bytes. */
function seedStories(workspace: Workspace): void {
  const dates: string[] = [];
  for (let n = 1; n <= 6; n++) {
    const paragraphs = Array.from(
      { length: 60 },
      (_, p) =>
        `Paragraph ${p} of report ${n}: the council met on Monday and the river rose again by the bridge.`,
    );
    writeFileSync(
      join(workspace.seeds, `report-${n}.txt`),
      [`Flood report ${n}`, ...paragraphs].join("\n"),
    );
    dates.push(`report-${n}.txt: "2024-03-0${n}T09:00:00Z"`);
  }
  writeFileSync(join(workspace.seeds, "dates.yaml"), `${dates.join("\n")}\n`);
}

function expectOneLineFault(stderr: string, command: string, code: string): void {
  expect(stderr).not.toMatch(/\n\s+at |node:internal|Error: /);
  expect(stderr).toMatch(
    new RegExp(
      `^gazette ${command}: \\S+: .+, then run "gazette ${command}" again \\(pages already written are whole\\) \\[${code}\\]$`,
      "m",
    ),
  );
}

/** Every page in content/articles parses and no temporary file is left. */
function expectWholePages(workspace: Workspace): void {
  const articles = join(workspace.content, "articles");
  for (const name of readdirSync(articles)) {
    expect(name, "no temporary file left").toMatch(/^[\w-]+\.md$/);
    expect(parsePage(readFileSync(join(articles, name), "utf8")).ok, name).toBe(true);
  }
}

function cleanRun(command: "ingest" | "build"): Workspace {
  const workspace = makeWorkspace();
  seedStories(workspace);
  expect(gazette(workspace, command, "--quiet").status).toBe(0);
  return workspace;
}

const NOBODY = 65534;
/** Root can run gazette as "nobody" here: the checkout is readable by other users. */
const canRunAsNobody =
  process.getuid?.() === 0 &&
  spawnSync(process.execPath, [GAZETTE_BIN, "--version"], {
    uid: NOBODY,
    gid: NOBODY,
    env: { ...process.env, HOME: tmpdir() },
  }).status === 0;
if (!canRunAsNobody)
  console.warn(
    "machine-faults: the permission case skipped, it needs root and a checkout the user nobody can read",
  );

/** `gazette <command>` run as the unprivileged user "nobody", for whom permissions apply. */
function gazetteAsNobody(workspace: Workspace, command: string): RunResult {
  const result = spawnSync(
    process.execPath,
    [GAZETTE_BIN, command, "--seeds", workspace.seeds, "--content", workspace.content, "--quiet"],
    {
      cwd: workspace.root,
      encoding: "utf8",
      uid: NOBODY,
      gid: NOBODY,
      env: { ...process.env, HOME: workspace.root, FORCE_COLOR: "0" },
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(!canRunAsNobody)("a folder whose write permission was taken away", () => {
  it("stops ingest with one line, and the rerun after it is given back matches a clean run", () => {
    const workspace = makeWorkspace();
    seedStories(workspace);
    const articles = join(workspace.content, "articles");
    mkdirSync(articles);
    // Everything the run needs is the unprivileged user's to read and write, but the articles.
    for (const dir of [workspace.root, workspace.seeds, workspace.content]) chmodSync(dir, 0o777);
    chmodSync(articles, 0o555);

    const refused = gazetteAsNobody(workspace, "ingest");
    expect(refused.status).toBe(3);
    expectOneLineFault(refused.stderr, "ingest", "EACCES");
    expect(refused.stderr).toMatch(/: content\/articles\/flood-report-\d\.md: permission denied/);
    expect(readdirSync(articles)).toEqual([]);

    chmodSync(articles, 0o777);
    expect(gazetteAsNobody(workspace, "ingest").status).toBe(0);
    expect(snapshotFiles(workspace.content)).toEqual(snapshotFiles(cleanRun("ingest").content));
  });
});

describe.skipIf(!canMount)("a full disk or a read-only folder", () => {
  it("under content/ stops ingest with one line, and the rerun matches a clean run", () => {
    const workspace = makeWorkspace();
    seedStories(workspace);
    expect(smallDisk(workspace.content, "40k")).toBe(true);

    const full = gazette(workspace, "ingest", "--quiet");
    expect(full.status).toBe(3);
    expectOneLineFault(full.stderr, "ingest", "ENOSPC");
    expect(full.stderr).toMatch(/: content\/articles\/flood-report-\d\.md: no space left/);
    expectWholePages(workspace);

    remount(workspace.content, "size=4m");
    expect(gazette(workspace, "ingest", "--quiet").status).toBe(0);
    expect(snapshotFiles(workspace.content)).toEqual(snapshotFiles(cleanRun("ingest").content));
  });

  it("that is read-only stops ingest with one line, and the rerun matches a clean run", () => {
    const workspace = makeWorkspace();
    seedStories(workspace);
    expect(smallDisk(workspace.content, "4m")).toBe(true);
    remount(workspace.content, "ro");

    const readOnly = gazette(workspace, "ingest", "--quiet");
    expect(readOnly.status).toBe(3);
    expectOneLineFault(readOnly.stderr, "ingest", "EROFS");
    expect(readOnly.stderr).toMatch(
      /: content\/articles: the file system is read-only; make it writable/,
    );

    remount(workspace.content, "rw");
    expect(gazette(workspace, "ingest", "--quiet").status).toBe(0);
    expect(snapshotFiles(workspace.content)).toEqual(snapshotFiles(cleanRun("ingest").content));
  });

  it("for the site stops build with one line, and the rerun writes the site a clean build writes", () => {
    const workspace = makeWorkspace();
    seedStories(workspace);
    expect(smallDisk(workspace.out, "100k")).toBe(true);

    const full = gazette(workspace, "build", "--quiet");
    expect(full.status).toBe(3);
    expectOneLineFault(full.stderr, "build", "ENOSPC");

    remount(workspace.out, "size=32m");
    expect(gazette(workspace, "build", "--quiet").status).toBe(0);
    expect(snapshotFiles(workspace.out)).toEqual(snapshotFiles(cleanRun("build").out));
  });
});
