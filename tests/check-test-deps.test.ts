// scripts/check-test-deps.mjs, npm's "pretest": what the browser checks need is there, is
// installed with apt-get when run as root, or is named in one line with the command to run.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "./helpers/workspace.ts";

const SCRIPT = join(PROJECT_ROOT, "scripts/check-test-deps.mjs");

/** Runs the script with `env` over this process's environment, PATH included (a bare folder: no java, no apt-get). */
function check(env: Record<string, string>) {
  const { PATH: _path, ...rest } = process.env;
  return spawnSync(process.execPath, [SCRIPT], { encoding: "utf8", env: { ...rest, ...env } });
}

describe("check-test-deps", () => {
  it("passes silently on this machine, which has what the browser checks need", () => {
    const run = check({ PATH: process.env.PATH ?? "" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("names what is missing and the apt-get line that installs it, in one line, exit 1", () => {
    const bin = mkdtempSync(join(tmpdir(), "gazette-bin-"));
    const run = check({ PATH: bin, CHROME_PATH: "/nowhere/chromium", GAZETTE_NO_INSTALL: "1" });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(
      /^npm test: the browser checks need Chromium at \/nowhere\/chromium \(or set CHROME_PATH\), a Java runtime \(java\)/,
    );
    expect(run.stderr).toMatch(
      /sudo apt-get install -y --no-install-recommends chromium default-jre-headless/,
    );
  });

  it.runIf(process.getuid?.() === 0)(
    "as root, installs what is missing with apt-get, then checks again",
    () => {
      const bin = mkdtempSync(join(tmpdir(), "gazette-bin-"));
      const log = join(bin, "apt-get.log");
      // A stand-in apt-get that records how it was called and installs nothing.
      writeFileSync(join(bin, "apt-get"), `#!/bin/sh\necho "$@" >> ${log}\n`);
      chmodSync(join(bin, "apt-get"), 0o755);
      const run = check({ PATH: bin, CHROME_PATH: "/nowhere/chromium" });
      expect(readFileSync(log, "utf8")).toMatch(
        /^--version\nupdate -qq\ninstall -y -qq --no-install-recommends chromium default-jre-headless/,
      );
      expect(run.stderr).toMatch(/^pretest: installing chromium default-jre-headless/);
      expect(run.status).toBe(1);
    },
  );
});
