// A page in content/ that breaks the article contract (a hand edit gave it `date: "yesterday"`)
// fails `gazette build` loudly, with exit status 1 and one line naming the file, the field and
// the fix, and loses nothing: the article's last good page stays published until the page is
// fixed (issue #12: it used to be removed with a warning and exit 0).
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { gazette, makeWorkspace, PROJECT_ROOT, type Workspace } from "../helpers/workspace.ts";

const FIXTURE = join(PROJECT_ROOT, "tests/fixtures/site");

let workspace: Workspace;
let pageFile: string;
let pagePath: string;
let goodText: string;
let output: string;

beforeAll(() => {
  workspace = makeWorkspace();
  cpSync(join(FIXTURE, "seeds"), workspace.seeds, { recursive: true });
  cpSync(join(FIXTURE, "content"), workspace.content, { recursive: true });
  expect(gazette(workspace, "build", "--quiet").status).toBe(0);
  pageFile = readdirSync(join(workspace.content, "articles")).sort()[0]!;
  pagePath = join(workspace.content, "articles", pageFile);
  goodText = readFileSync(pagePath, "utf8");
  const slug = /^slug: "([^"]+)"$/m.exec(goodText)![1]!;
  output = join(workspace.out, "articles", slug, "index.html");
}, 120_000);

describe("a page with an invalid date", () => {
  it("makes gazette build exit 1 with one line naming the file, the field and the fix, and keeps the article published", () => {
    const published = readFileSync(output, "utf8");
    writeFileSync(pagePath, goodText.replace(/^date: .*$/m, 'date: "yesterday"'));
    const run = gazette(workspace, "build", "--quiet");
    expect(run.status).toBe(1);
    // Ingest may also say the page was edited by hand; the bad page itself gets one line.
    const lines = run.stderr
      .trim()
      .split("\n")
      .filter((line) => line.includes("front matter"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^${workspace.content}/articles/${pageFile.replace(/\./g, "\\.")}: .*\\bdate: expected an ISO 8601 date with offset, like 2025-04-24T09:30:00-04:00; its last good version stays published$`,
      ),
    );
    expect(readFileSync(output, "utf8")).toBe(published);
    // The rest of the site is built: a second build with the page still broken keeps it too.
    expect(gazette(workspace, "build", "--quiet", "--skip-ingest").status).toBe(1);
    expect(readFileSync(output, "utf8")).toBe(published);
    expect(readFileSync(join(workspace.out, "index.html"), "utf8")).toContain("<html");
  }, 120_000);

  it("publishes again when fixed, and is removed when the page is deleted", () => {
    writeFileSync(pagePath, goodText);
    expect(gazette(workspace, "build", "--quiet", "--skip-ingest").status).toBe(0);
    expect(readFileSync(output, "utf8")).toContain("<html");
    writeFileSync(pagePath, goodText.replace(/^date: .*$/m, 'date: "yesterday"'));
    expect(gazette(workspace, "build", "--quiet", "--skip-ingest").status).toBe(1);
    rmSync(pagePath);
    expect(gazette(workspace, "build", "--quiet", "--skip-ingest").status).toBe(0);
    expect(() => readFileSync(output)).toThrow();
  }, 120_000);
});
