// The progress bar: drawn on a terminal when there are many seeds, never in pipes, logs or
// with --quiet. A real pseudo-terminal comes from util-linux's `script`.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { gazette, GAZETTE_BIN, makeWorkspace, writeSeed } from "../helpers/workspace.ts";

const hasScript = spawnSync("script", ["--version"]).status === 0;

function manySeeds() {
  const workspace = makeWorkspace();
  for (let n = 0; n < 120; n++)
    writeSeed(workspace, `s${n}.txt`, `Story ${n}\nBody of story ${n}.`);
  return workspace;
}

/** Runs gazette ingest with its output on a pseudo-terminal and returns what the terminal got. */
function onTerminal(workspace: ReturnType<typeof makeWorkspace>, ...args: string[]): string {
  const command = [
    process.execPath,
    GAZETTE_BIN,
    "ingest",
    "--seeds",
    workspace.seeds,
    "--content",
    workspace.content,
    ...args,
  ]
    .map((arg) => `'${arg}'`)
    .join(" ");
  return spawnSync("script", ["-qec", command, "/dev/null"], {
    cwd: workspace.root,
    encoding: "utf8",
  }).stdout;
}

describe("the ingest progress bar", () => {
  it.skipIf(!hasScript)("is drawn on a terminal when there are many seeds", () => {
    const output = onTerminal(manySeeds());
    expect(output).toMatch(/ingest .*\d+\/120 seeds/);
    expect(output).toMatch(/ingest: 120 written/);
  });

  it.skipIf(!hasScript)("is not drawn with --quiet", () => {
    expect(onTerminal(manySeeds(), "--quiet")).not.toMatch(/\/120 seeds/);
  });

  it("is not drawn when the output is not a terminal", () => {
    const run = gazette(manySeeds(), "ingest");
    expect(run.stderr).not.toMatch(/\/120 seeds/);
    expect(run.stderr).toMatch(/ingest: 120 written/);
  });
});
