// ingest as a newsroom uses it: real runs of `gazette ingest` on temporary folders.
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/front-matter.ts";
import { pageState } from "../../src/ingest/stamp-page.ts";
import { gazette, makeWorkspace, mtimes, snapshotFiles, writeSeed } from "../helpers/workspace.ts";

const storm =
  'Storm hits coast\nWinds of 90mph hit the coast on Monday, said forecaster Jane Smith.\nMs Smith said: "Stay indoors."';
const flood =
  "Floods close roads in York\nRoads in York were closed after the River Ouse burst its banks.";

function pagesOf(content: string) {
  const dir = join(content, "articles");
  return readdirSync(dir)
    .filter((file) => file.endsWith(".md"))
    .map((file) => {
      const parsed = parsePage(readFileSync(join(dir, file), "utf8"));
      if (!parsed.ok) throw new Error(`${file}: ${parsed.reason}`);
      return { file, ...parsed.data, body: parsed.body };
    });
}

describe("gazette ingest", () => {
  it("writes one page per seed under content/articles, with the contract's front matter", () => {
    const workspace = makeWorkspace({ "storm.txt": storm, "world/flood.txt": flood });
    const run = gazette(workspace, "ingest");
    expect(run.status).toBe(0);
    const pages = pagesOf(workspace.content);
    expect(pages.map((page) => page.source).sort()).toEqual(["storm.txt", "world/flood.txt"]);
    const page = pages.find((p) => p.source === "storm.txt")!;
    expect(page).toMatchObject({
      title: "Storm hits coast",
      slug: "storm-hits-coast",
      description: "Winds of 90mph hit the coast on Monday, said forecaster Jane Smith.",
    });
    expect(page.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/);
    expect(page.dateSource).toBe("mtime");
    expect(run.stderr).toMatch(/ingest: 2 written, 0 unchanged, 0 kept because edited, 0 rejected/);
  });

  it("changes no file when run again on unchanged seeds", () => {
    const workspace = makeWorkspace({ "storm.txt": storm, "flood.txt": flood });
    gazette(workspace, "ingest");
    const before = snapshotFiles(workspace.content);
    const times = mtimes(workspace.content);
    const run = gazette(workspace, "ingest");
    expect(run.stderr).toMatch(/0 written, 2 unchanged/);
    expect(snapshotFiles(workspace.content)).toEqual(before);
    expect(mtimes(workspace.content)).toEqual(times);
  });

  it("updates a page when its seed changes, keeping its URL", () => {
    const workspace = makeWorkspace({ "storm.txt": storm });
    gazette(workspace, "ingest");
    writeSeed(workspace, "storm.txt", "Storm hits the coast hard\nWinds of 100mph.");
    const run = gazette(workspace, "ingest");
    expect(run.stderr).toMatch(/1 written/);
    const [page] = pagesOf(workspace.content);
    expect(page).toMatchObject({
      title: "Storm hits the coast hard",
      slug: "storm-hits-coast",
      file: "storm-hits-coast.md",
    });
  });

  describe("a page edited by hand", () => {
    for (const [what, edit] of [
      ["body", (text: string) => text.replace("Winds of 90mph", "Winds of 95mph")],
      [
        "front matter",
        (text: string) => text.replace('title: "Storm hits coast"', 'title: "Storm batters coast"'),
      ],
    ] as const) {
      it(`keeps an edit to the ${what}, reports it, and overwrites it only with --force`, () => {
        const workspace = makeWorkspace({ "storm.txt": storm });
        gazette(workspace, "ingest");
        const file = join(workspace.content, "articles", "storm-hits-coast.md");
        const edited = edit(readFileSync(file, "utf8"));
        writeFileSync(file, edited);
        writeSeed(workspace, "storm.txt", `${storm}\nA new paragraph from the wire.`);

        const kept = gazette(workspace, "ingest");
        expect(readFileSync(file, "utf8")).toBe(edited);
        expect(kept.stderr).toMatch(
          /articles\/storm-hits-coast\.md: edited by hand since ingest wrote it; kept your edit\. Run with --force to overwrite it/,
        );
        expect(kept.stderr).toMatch(/1 kept because edited/);
        expect(kept.status).toBe(0);

        const forced = gazette(workspace, "ingest", "--force");
        expect(forced.stderr).toMatch(/1 written/);
        expect(readFileSync(file, "utf8")).toContain("A new paragraph from the wire.");
        expect(pageState(readFileSync(file, "utf8"))).toBe("pristine");
      });
    }

    it("never touches a page a person wrote from scratch", () => {
      const workspace = makeWorkspace({ "storm.txt": storm });
      const handMade =
        '---\ntitle: "Editor\'s note"\nslug: "storm-hits-coast"\ndate: "2025-01-01T00:00:00Z"\ndescription: ""\npeople: []\ntags: []\nsource: "hand"\n---\nWritten by hand.\n';
      gazette(workspace, "ingest");
      writeFileSync(join(workspace.content, "articles", "editors-note.md"), handMade);
      gazette(workspace, "ingest", "--force", "--prune");
      expect(readFileSync(join(workspace.content, "articles", "editors-note.md"), "utf8")).toBe(
        handMade,
      );
    });
  });

  it("reports a page whose seed was removed, and removes it only with --prune", () => {
    const workspace = makeWorkspace({ "storm.txt": storm, "flood.txt": flood });
    gazette(workspace, "ingest");
    rmSync(join(workspace.seeds, "flood.txt"));
    const reported = gazette(workspace, "ingest");
    expect(reported.stderr).toMatch(
      /articles\/floods-close-roads-in-york\.md: its seed is gone; page kept\. Run with --prune to remove it/,
    );
    expect(pagesOf(workspace.content)).toHaveLength(2);
    const pruned = gazette(workspace, "ingest", "--prune");
    expect(pruned.stderr).toMatch(/floods-close-roads-in-york\.md: its seed is gone; removed/);
    expect(pagesOf(workspace.content).map((page) => page.source)).toEqual(["storm.txt"]);
  });

  it("rejects broken seeds with one line each naming the file, writes the rest, and exits 1", () => {
    const workspace = makeWorkspace({
      "good.txt": storm,
      "empty.txt": "",
      "no-headline.txt": "\nA body without a headline.",
      "headline-only.txt": "Just a headline",
      "utf16.txt": Buffer.from("\ufeffHeadline\nBody", "utf16le"),
    });
    const run = gazette(workspace, "ingest");
    expect(run.status).toBe(1);
    const seeds = workspace.seeds;
    expect(run.stderr).toContain(
      `${seeds}/empty.txt: the file is empty; put the headline on line 1`,
    );
    expect(run.stderr).toContain(
      `${seeds}/no-headline.txt: the first line (the headline) is empty; put the headline on line 1`,
    );
    expect(run.stderr).toContain(`${seeds}/headline-only.txt: there is a headline but no text`);
    expect(run.stderr).toContain(`${seeds}/utf16.txt: is not a text file`);
    expect(run.stderr).toMatch(/1 written, 0 unchanged, 0 kept because edited, 4 rejected/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack traces for input problems
    expect(pagesOf(workspace.content).map((page) => page.source)).toEqual(["good.txt"]);
  });

  it("warns, naming the file, when it reads a seed as Windows-1252", () => {
    const workspace = makeWorkspace({
      "cafe.txt": Buffer.from("Caf\xe9 opens\nThe caf\xe9 opened.", "latin1"),
    });
    const run = gazette(workspace, "ingest");
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/cafe\.txt: is not valid UTF-8; read it as Windows-1252/);
    expect(pagesOf(workspace.content)[0]!.title).toBe("Café opens");
  });

  it("gives a seed with the same text as another no second page, and says which", () => {
    const workspace = makeWorkspace({
      "a.txt": storm,
      "b.txt": storm,
      "c.txt": storm.replace("Monday", "Tuesday"),
    });
    const run = gazette(workspace, "ingest");
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      `${workspace.seeds}/b.txt: same text as ${workspace.seeds}/a.txt; no second page made`,
    );
    const pages = pagesOf(workspace.content);
    expect(pages.map((page) => page.source).sort()).toEqual(["a.txt", "c.txt"]);
    expect(new Set(pages.map((page) => page.slug)).size).toBe(2);
  });

  it("says so once per new duplicate, not on every run, and still counts every duplicate", () => {
    const workspace = makeWorkspace({
      "a.txt": storm,
      "b.txt": storm,
      "c.txt": storm.replace("Monday", "Tuesday"),
    });
    const notice = (name: string) =>
      `${workspace.seeds}/${name}: same text as ${workspace.seeds}/a.txt`;
    expect(gazette(workspace, "ingest").stderr).toContain(notice("b.txt"));
    // Nothing changed (the run is answered from the memo), then another seed changed (a full run).
    const again = gazette(workspace, "ingest");
    writeSeed(workspace, "c.txt", storm.replace("Monday", "Wednesday"));
    const afterEdit = gazette(workspace, "ingest");
    for (const run of [again, afterEdit]) {
      expect(run.stderr).not.toContain("same text as");
      expect(run.stderr).toMatch(/, 1 duplicate$/m);
    }
    writeSeed(workspace, "d.txt", storm);
    const newOne = gazette(workspace, "ingest");
    expect(newOne.stderr).toContain(notice("d.txt"));
    expect(newOne.stderr).not.toContain(notice("b.txt"));
    expect(newOne.stderr).toMatch(/, 2 duplicates$/m);
  });

  it("gives headlines that slug alike their own pages, the same whatever order the files were made in", () => {
    const titles = {
      "1.txt": "Storm hits coast",
      "2.txt": "STORM HITS COAST!",
      "3.txt": "Sto\u0308rm hits coast",
      "4.txt": "Storm hits coast",
    };
    const slugsFor = (order: string[]) => {
      const workspace = makeWorkspace();
      for (const name of order)
        writeSeed(workspace, name, `${titles[name as keyof typeof titles]}\nBody of ${name}.`);
      gazette(workspace, "ingest");
      return Object.fromEntries(pagesOf(workspace.content).map((page) => [page.source, page.slug]));
    };
    const forward = slugsFor(Object.keys(titles));
    expect(new Set(Object.values(forward)).size).toBe(4);
    expect(slugsFor(Object.keys(titles).reverse())).toEqual(forward);
  });

  it("writes nothing outside the content folder, whatever the title", () => {
    const workspace = makeWorkspace({
      "a.txt": "../../../etc/passwd\nBody.",
      "b.txt": "..\\..\\windows\\system32\nBody.",
      "c.txt": "/absolute/path\nBody.",
      "d.txt": "%2e%2e%2f%2e%2e%2f\nBody.",
    });
    const before = new Set(readdirSync(workspace.root));
    gazette(workspace, "ingest");
    expect(new Set(readdirSync(workspace.root))).toEqual(new Set([...before, ".cache"]));
    for (const file of snapshotFiles(workspace.content).keys())
      expect(file).toMatch(/^articles\/[a-z0-9-]+\.md$/);
  });

  it("turns a 10,000-paragraph seed and a 1 MB line into correct pages", () => {
    const paragraphs = Array.from(
      { length: 10_000 },
      (_, i) => `Paragraph number ${i} of the long report.`,
    );
    const workspace = makeWorkspace({
      "long.txt": ["A very long report", ...paragraphs].join("\n"),
      "wide.txt": `One enormous line\n${"word <b> ".repeat(115_000)}`,
    });
    const run = gazette(workspace, "ingest");
    expect(run.status).toBe(0);
    const pages = pagesOf(workspace.content);
    const long = pages.find((page) => page.source === "long.txt")!;
    expect(long.body.trimEnd().split("\n\n")).toEqual(paragraphs);
    const wide = pages.find((page) => page.source === "wide.txt")!;
    expect(wide.body.length).toBeGreaterThan(1_000_000);
    expect(wide.wordCount).toBe(230_000);
  });

  it("prints the report as JSON with --json", () => {
    const workspace = makeWorkspace({ "storm.txt": storm, "empty.txt": "" });
    const run = gazette(workspace, "ingest", "--json");
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.written).toEqual(["articles/storm-hits-coast.md"]);
    expect(report.rejected).toEqual([
      { source: "empty.txt", reason: expect.stringMatching(/the file is empty/) },
    ]);
  });

  it.each([
    [["--no-such-flag"], /Unknown option '--no-such-flag'/],
    [["stray"], /unexpected argument "stray"/],
  ])("exits 2 with a usage message for %j", (args, message) => {
    const workspace = makeWorkspace({ "storm.txt": storm });
    const run = gazette(workspace, "ingest", ...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it("exits 2 when the seeds folder does not exist", () => {
    const workspace = makeWorkspace();
    rmSync(workspace.seeds, { recursive: true });
    const run = gazette(workspace, "ingest");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/the seeds folder ".*seeds" does not exist/);
  });

  it.each(["ingest", "build", "serve"])("prints usage for %s --help", (command) => {
    const run = gazette(makeWorkspace(), command, "--help");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: gazette ${command}`));
  });
});
