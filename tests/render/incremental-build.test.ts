// Rebuilding a built site with the real `gazette build`: every file (pages, feeds, sitemap,
// assets, search index) is rewritten only when its bytes change, so one changed seed touches
// its own pages and nothing else, and pages of a person no longer named are removed.
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parsePage } from "../../src/front-matter.ts";
import {
  gazette,
  makeWorkspace,
  mtimes,
  PROJECT_ROOT,
  snapshotFiles,
  type Workspace,
} from "../helpers/workspace.ts";

const FIXTURE = join(PROJECT_ROOT, "tests/fixtures/site");

function build(workspace: Workspace, ...args: string[]): void {
  const run = gazette(workspace, "build", "--quiet", ...args);
  expect(run.status, run.stderr).toBe(0);
}

function articlePages(workspace: Workspace) {
  const dir = join(workspace.content, "articles");
  return readdirSync(dir).map((file) => {
    const parsed = parsePage(readFileSync(join(dir, file), "utf8"));
    if (!parsed.ok) throw new Error(parsed.reason);
    return { file, ...parsed.data };
  });
}

let workspace: Workspace;
beforeAll(() => {
  workspace = makeWorkspace();
  cpSync(join(FIXTURE, "seeds"), workspace.seeds, { recursive: true });
  cpSync(join(FIXTURE, "content"), workspace.content, { recursive: true });
  build(workspace);
}, 120_000);

describe("an incremental gazette build", () => {
  it("rewrites no file when nothing changed: pages, singletons such as the sitemap, assets, search index", () => {
    const before = mtimes(workspace.out);
    build(workspace);
    const after = mtimes(workspace.out);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const rewritten = [...after]
      .filter(([path, mtime]) => before.get(path) !== mtime)
      .map(([path]) => path);
    expect(rewritten).toEqual([]);
    expect([...after.keys()]).toEqual(
      expect.arrayContaining(["sitemap.xml", "people/index.html", "feed.xml", "404.html"]),
    );
  }, 60_000);

  it("rewrites the changed seed's article page, and only files whose bytes changed", () => {
    const [seed, article] = (() => {
      const page = articlePages(workspace).find((candidate) =>
        candidate.source.endsWith("harbour-wall.txt"),
      )!;
      return [join(workspace.seeds, page.source), `articles/${page.slug}/index.html`];
    })();
    const bytesBefore = snapshotFiles(workspace.out);
    const timesBefore = mtimes(workspace.out);
    // A sentence added to the end: the description (the first paragraph) stays the same.
    writeFileSync(
      seed,
      `${readFileSync(seed, "utf8").trimEnd()}\nThe work is due to finish in the spring.\n`,
    );
    build(workspace);

    const bytesAfter = snapshotFiles(workspace.out);
    const timesAfter = mtimes(workspace.out);
    const rewritten = [...timesAfter.keys()].filter(
      (path) => timesBefore.get(path) !== timesAfter.get(path),
    );
    expect(bytesAfter.get(article)).not.toBe(bytesBefore.get(article));
    expect(bytesAfter.get(article)).toContain("due to finish in the spring");
    expect(rewritten).toContain(article);
    for (const path of rewritten)
      expect(bytesAfter.get(path), `${path} was rewritten with the same bytes`).not.toBe(
        bytesBefore.get(path),
      );
    const otherArticles = rewritten.filter(
      (path) => path.startsWith("articles/") && path !== article,
    );
    expect(otherArticles).toEqual([]);
  }, 60_000);

  it("removes the pages of a person no longer named, and drops them from the people index", () => {
    const pages = articlePages(workspace);
    const counts = new Map<string, number>();
    for (const page of pages)
      for (const person of page.people) counts.set(person, (counts.get(person) ?? 0) + 1);
    const [person] = [...counts].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    const peopleIndex = () => readFileSync(join(workspace.out, "people/index.html"), "utf8");
    const personDir = readdirSync(join(workspace.out, "people")).find((dir) =>
      readFileSync(join(workspace.out, "people", dir, "index.html"), "utf8").includes(
        `>${person}</h1>`,
      ),
    );
    expect(personDir, `a page for ${person}`).toBeDefined();
    expect(peopleIndex()).toContain(`/people/${personDir}/"`);

    const removed = pages.filter((page) => page.people.includes(person));
    for (const page of removed) rmSync(join(workspace.content, "articles", page.file));
    build(workspace, "--skip-ingest");
    expect(
      statSync(join(workspace.out, "people", personDir!), { throwIfNoEntry: false }),
    ).toBeUndefined();
    expect(peopleIndex()).not.toContain(`/people/${personDir}/"`);
    for (const page of removed)
      expect(
        statSync(join(workspace.out, "articles", page.slug, "index.html"), {
          throwIfNoEntry: false,
        }),
      ).toBeUndefined();
  }, 60_000);
});

describe("pages reused from the last build", () => {
  /** Builds from scratch into a new folder with no manifest: every page rendered. */
  function buildFromScratch(name: string): Map<string, string> {
    const out = join(workspace.root, name);
    rmSync(out, { recursive: true, force: true });
    build(workspace, "--out", out);
    return snapshotFiles(out);
  }

  function expectSameSite(incremental: Map<string, string>, scratch: Map<string, string>): void {
    expect([...incremental.keys()].sort()).toEqual([...scratch.keys()].sort());
    const different = [...scratch]
      .filter(([path, bytes]) => incremental.get(path) !== bytes)
      .map(([path]) => path);
    expect(different).toEqual([]);
  }

  it("make the site a build from scratch makes, after headlines, people's roles and seeds change", () => {
    build(workspace);
    // A headline shows on its article, its neighbours, related stories, tag, person and home pages.
    const seed = join(workspace.seeds, "003_school-roof.txt");
    const [headline, ...paragraphs] = readFileSync(seed, "utf8").split("\n");
    writeFileSync(seed, [`${headline} on time and on budget`, ...paragraphs].join("\n"));
    // An editor's role shows wherever the person is linked.
    const people = join(workspace.content, "_data/people.yaml");
    writeFileSync(
      people,
      readFileSync(people, "utf8").replace(
        'role: "Harbour master"',
        'role: "Harbour master of Harbourton"',
      ),
    );
    // A new story joins the lists and moves every page of the home list by one.
    writeFileSync(
      join(workspace.seeds, "015_new-pontoon.txt"),
      "New pontoon opens at Harbourton marina\nA new pontoon opened at Harbourton marina on Friday, said harbour master Tomas Reyne.\n",
    );
    build(workspace);
    expectSameSite(snapshotFiles(workspace.out), buildFromScratch("scratch-1"));
  }, 120_000);

  it("make the site a build from scratch makes after a headline-only edit, feeds included (issue #12)", () => {
    // An older article, so the newest date (the feeds' "updated") does not move.
    const page = articlePages(workspace).sort((a, b) => (a.date < b.date ? -1 : 1))[0]!;
    const path = join(workspace.content, "articles", page.file);
    const headline = `${page.title} (corrected)`;
    writeFileSync(
      path,
      readFileSync(path, "utf8").replace(
        `title: ${JSON.stringify(page.title)}`,
        `title: ${JSON.stringify(headline)}`,
      ),
    );
    const feedBefore = readFileSync(join(workspace.out, "feed.json"), "utf8");
    build(workspace);
    const incremental = snapshotFiles(workspace.out);
    expect(
      JSON.parse(incremental.get("feed.json")!).items.map((item: { title: string }) => item.title),
    ).toContain(headline);
    expect(incremental.get("feed.json")).not.toBe(feedBefore);
    expectSameSite(incremental, buildFromScratch("scratch-headline"));
  }, 120_000);

  it("make the site a build from scratch makes after the site settings change", () => {
    const settings = join(workspace.content, "_data/site.json");
    writeFileSync(
      settings,
      readFileSync(settings, "utf8").replace(
        '"The Harbourton Gazette"',
        '"The Harbourton Evening Gazette"',
      ),
    );
    build(workspace, "--skip-ingest");
    const incremental = snapshotFiles(workspace.out);
    expect(
      incremental.get(
        "articles/" + readdirSync(join(workspace.out, "articles"))[0] + "/index.html",
      ),
    ).toContain("The Harbourton Evening Gazette");
    expectSameSite(incremental, buildFromScratch("scratch-2"));
  }, 120_000);
});
