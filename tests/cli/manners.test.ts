// The gazette command's manners: --version, "did you mean" for near misses, complete help.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILD_OPTIONS, BUILD_USAGE } from "../../src/cli/build-command.ts";
import { INGEST_OPTIONS, INGEST_USAGE } from "../../src/cli/ingest-command.ts";
import { INIT_OPTIONS, INIT_USAGE } from "../../src/cli/init-command.ts";
import { SERVE_OPTIONS, SERVE_USAGE } from "../../src/cli/serve-command.ts";
import { gazette, makeWorkspace, PROJECT_ROOT } from "../helpers/workspace.ts";

const VERSION = (
  JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { version: string }
).version;

describe("gazette --version", () => {
  it.each(["--version", "-v"])("prints the package's version for %s and exits 0", (flag) => {
    const run = gazette(makeWorkspace(), flag);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(VERSION);
  });
});

describe("near misses", () => {
  it("answers a mistyped command with the command meant, in one line, exit 2", () => {
    const run = gazette(makeWorkspace(), "biuld");
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      'gazette: unknown command "biuld". Did you mean "gazette build"? Run "gazette --help" for the commands.',
    );
  });

  it("names an unknown command without a guess when none is close", () => {
    const run = gazette(makeWorkspace(), "publish");
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      'gazette: unknown command "publish". Run "gazette --help" for the commands.',
    );
  });

  it("answers a mistyped flag with the flag meant, in one line, exit 2", () => {
    const run = gazette(makeWorkspace(), "build", "--ot", "site");
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      `gazette build: Unknown option '--ot' (did you mean --out?). Run "gazette build --help" for its options.`,
    );
  });

  it("prints a command's help for gazette help <command>", () => {
    const run = gazette(makeWorkspace(), "help", "serve");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: gazette serve/);
  });
});

describe("help", () => {
  it.each([
    ["init", INIT_OPTIONS, INIT_USAGE],
    ["ingest", INGEST_OPTIONS, INGEST_USAGE],
    ["build", BUILD_OPTIONS, BUILD_USAGE],
    ["serve", SERVE_OPTIONS, SERVE_USAGE],
  ] as const)(
    "gazette %s --help lists every flag the command takes, in the usage line and described",
    (_command, options, usage) => {
      const [usageLine, ...description] = usage.split("\n");
      for (const [name, option] of Object.entries(options)) {
        const described = description.find(
          (line) => line.trimStart().startsWith(`--${name}`) || line.includes(`, --${name}`),
        );
        expect(described, `--${name} is described`).toBeDefined();
        if ("short" in option)
          expect(described, `-${option.short} is given`).toContain(`-${option.short}, --${name}`);
        if (name !== "help")
          expect(usageLine, `--${name} is in the usage line`).toContain(`[--${name}`);
      }
    },
  );
});
