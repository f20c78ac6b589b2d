// The published package: compiled to dist/ (npm run build:dist), it holds only what package.json
// "files" lists, and runs with plain Node: no src/, no tsx and no esbuild. A site made by its
// `gazette init` builds, ingest's worker threads included.
import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "./helpers/workspace.ts";

/** Packages only the TypeScript sources need; the package must run without them. */
const SOURCE_ONLY = new Set(["tsx", "esbuild", "@esbuild"]);

let bin: string;

beforeAll(() => {
  execFileSync(
    process.execPath,
    [join(PROJECT_ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"],
    { cwd: PROJECT_ROOT, stdio: "pipe" },
  );
  const pkg = join(mkdtempSync(join(tmpdir(), "gazette-package-")), "gazette");
  mkdirSync(join(pkg, "node_modules"), { recursive: true });
  const files = (
    JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { files: string[] }
  ).files;
  for (const entry of [...files, "package.json"])
    cpSync(join(PROJECT_ROOT, entry), join(pkg, entry), { recursive: true });
  for (const name of readdirSync(join(PROJECT_ROOT, "node_modules"))) {
    if (!SOURCE_ONLY.has(name))
      symlinkSync(join(PROJECT_ROOT, "node_modules", name), join(pkg, "node_modules", name));
  }
  bin = join(pkg, "bin/gazette.js");
}, 300_000);

function run(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the package", () => {
  it("holds the compiled code and the templates, and no TypeScript sources", () => {
    const pkg = join(bin, "../..");
    expect(existsSync(join(pkg, "dist/src/cli/main.js"))).toBe(true);
    expect(existsSync(join(pkg, "dist/.eleventy.js"))).toBe(true);
    expect(existsSync(join(pkg, "templates/pages"))).toBe(true);
    expect(existsSync(join(pkg, "src"))).toBe(false);
    expect(run(pkg, "--version").stdout.trim()).toBe(
      JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")).version,
    );
  });

  it("makes a site with gazette init and builds it with plain Node, ingest's worker threads included", () => {
    const site = mkdtempSync(join(tmpdir(), "gazette-site-"));
    expect(
      run(site, "init", "--title", "Kestrel News", "--url", "https://news.example.net").status,
    ).toBe(0);
    // Enough seeds for ingest to extract on worker threads (150 and more).
    for (let i = 0; i < 160; i++) {
      writeFileSync(
        join(site, "seeds", `story-${i}.txt`),
        `Harbour story number ${i} for Kestrel Bay\nMayor Mara Oyelaran said on day ${i} that the harbour in Kestrel Bay would stay open.\n`,
      );
    }
    const built = run(site, "build");
    expect(built.stderr).toMatch(/^build: .*; ingest: 161 written/m);
    expect(built.status).toBe(0);
    expect(readFileSync(join(site, "_site/index.html"), "utf8")).toContain("<title>Kestrel News");
    expect(readdirSync(join(site, "_site/articles"))).toHaveLength(161);
  });
});
