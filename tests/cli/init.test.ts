// gazette init: the files a new site starts with, and a site made by it builds as it is.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { initFiles } from "../../src/cli/init-files.ts";
import { siteConfigSchema } from "../../src/site-config.ts";
import { GAZETTE_BIN } from "../helpers/workspace.ts";

const answers = {
  title: "Kestrel News",
  url: "https://news.example.net",
  language: "en-GB",
  timeZone: "Europe/Oslo",
};

function run(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [GAZETTE_BIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("initFiles", () => {
  it("gives a seed, valid site settings, .gitignore, npm scripts and deploy files for Pages and Netlify", () => {
    const files = initFiles(answers, "1.2.3", "Kestrel News!");
    expect([...files.keys()].sort()).toEqual([
      ".github/workflows/pages.yml",
      ".gitignore",
      "content/_data/site.json",
      "netlify.toml",
      "package.json",
      "seeds/example-story.txt",
    ]);
    const site = siteConfigSchema.parse(JSON.parse(files.get("content/_data/site.json")!));
    expect(site).toMatchObject({
      title: "Kestrel News",
      url: "https://news.example.net",
      language: "en-GB",
      timeZone: "Europe/Oslo",
    });
    expect(JSON.parse(files.get("package.json")!)).toEqual({
      name: "kestrel-news",
      private: true,
      type: "module",
      scripts: { build: "gazette build", start: "gazette serve" },
      dependencies: { gazette: "^1.2.3" },
    });
    expect(files.get("netlify.toml")).toMatch(/command = "npm run build"\n\s*publish = "_site"/);
    expect(files.get(".github/workflows/pages.yml")).toMatch(
      /npx gazette build[\s\S]*upload-pages-artifact[\s\S]*path: _site/,
    );
    expect(files.get(".gitignore")).toMatch(/^_site\/$/m);
  });

  it("adds the build and start scripts to a package.json already there, keeping everything in it", () => {
    const existing = JSON.stringify({
      name: "mine",
      scripts: { start: "my-server" },
      dependencies: { gazette: "file:gazette-0.1.0.tgz" },
    });
    expect(JSON.parse(initFiles(answers, "0.1.0", "x", existing).get("package.json")!)).toEqual({
      name: "mine",
      scripts: { build: "gazette build", start: "my-server" },
      dependencies: { gazette: "file:gazette-0.1.0.tgz" },
    });
  });
});

describe("gazette init", () => {
  it("makes a site in a new folder that gazette build turns into a site, with the answers given as flags", () => {
    const root = mkdtempSync(join(tmpdir(), "gazette-init-"));
    const made = run(
      root,
      "init",
      "news",
      "--title",
      "Kestrel News",
      "--url",
      "https://news.example.net",
      "--language",
      "en-GB",
      "--time-zone",
      "Europe/Oslo",
    );
    expect(made.status).toBe(0);
    expect(made.stderr).toMatch(/^next: cd news && npm install && npm run build/m);
    const site = join(root, "news");
    const built = run(site, "build");
    expect(built.status).toBe(0);
    // The site has its own url, so no warning: one summary line.
    expect(built.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^build: .*; ingest: 1 written/),
    ]);
    expect(readFileSync(join(site, "_site/index.html"), "utf8")).toContain("<title>Kestrel News");
    expect(
      existsSync(
        join(
          site,
          "_site/articles/kestrel-bay-library-opens-a-reading-room-for-the-towns-newspapers/index.html",
        ),
      ),
    ).toBe(true);
  });

  it("fills what no flag gives with defaults when not on a terminal", () => {
    const root = mkdtempSync(join(tmpdir(), "gazette-init-"));
    expect(run(root, "init").status).toBe(0);
    expect(JSON.parse(readFileSync(join(root, "content/_data/site.json"), "utf8"))).toMatchObject({
      title: "My News",
      url: "https://example.org",
      language: "en",
      timeZone: "UTC",
    });
  });

  it("never overwrites a file: a folder that has one of them is refused in one line, exit 2", () => {
    const root = mkdtempSync(join(tmpdir(), "gazette-init-"));
    mkdirSync(join(root, "seeds"));
    writeFileSync(join(root, "seeds/example-story.txt"), "mine");
    const refused = run(root, "init");
    expect(refused.status).toBe(2);
    expect(refused.stderr.trim()).toMatch(
      /^gazette init: .*seeds\/example-story\.txt already exists; run gazette init in a new or empty folder\./,
    );
    expect(readFileSync(join(root, "seeds/example-story.txt"), "utf8")).toBe("mine");
    expect(existsSync(join(root, "netlify.toml"))).toBe(false);
  });

  it.each([
    [["--time-zone", "Mars/Base"], /--time-zone "Mars\/Base": expected an IANA time zone/],
    [["--url", "news"], /--url "news": /],
  ])("names the flag of a bad answer, %j, exit 2", (args, message) => {
    const root = mkdtempSync(join(tmpdir(), "gazette-init-"));
    const refused = run(root, "init", ...args);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(message);
    expect(existsSync(join(root, "seeds"))).toBe(false);
  });
});
