// Nothing lost (issue 13, bugs 1, 2 and 7, and a moved seed): a page is the only good copy of a story once its
// seed is broken, and a page a person wrote is theirs. Real `gazette ingest` runs.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gazette, makeWorkspace, writeSeed } from "../helpers/workspace.ts";

const storm = "Storm hits coast\nWinds of 90mph hit the coast on Monday.";
const pageFiles = (content: string) =>
  readdirSync(join(content, "articles"))
    .filter((file) => file.endsWith(".md"))
    .sort();

describe("--prune and a seed that still exists but is rejected", () => {
  it.each([
    ["emptied", ""],
    ["re-saved as UTF-16", Buffer.from("\ufeffStorm hits coast\nBody.", "utf16le")],
    ["left with a headline only", "Storm hits coast"],
  ])("keeps the page of a seed %s, and says why the seed was rejected", (_what, broken) => {
    const workspace = makeWorkspace({ "a.txt": storm });
    gazette(workspace, "ingest");
    const page = join(workspace.content, "articles", "storm-hits-coast.md");
    const before = readFileSync(page, "utf8");
    writeSeed(workspace, "a.txt", broken);

    const run = gazette(workspace, "ingest", "--prune", "--force");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${workspace.seeds}/a.txt: `);
    expect(run.stderr).not.toMatch(/removed \(--prune\)|seed is gone/);
    expect(readFileSync(page, "utf8")).toBe(before);
  });
});

describe("a hand-made page (no ingestHash) whose source names a seed", () => {
  const handMade =
    '---\ntitle: "Storm: the editor\'s version"\nslug: "storm-special"\ndate: "2025-01-01T00:00:00Z"\ndescription: "Written by hand."\npeople: []\ntags: []\nsource: "a.txt"\n---\nWritten by hand.\n';

  it("is never touched, not even with --force, and the seed gets no second page", () => {
    const workspace = makeWorkspace({ "a.txt": storm });
    const articles = join(workspace.content, "articles");
    gazette(workspace, "ingest");
    writeFileSync(join(articles, "storm-hits-coast.md"), handMade);

    for (const flags of [[], ["--force"], ["--force", "--prune"]]) {
      writeSeed(workspace, "a.txt", `${storm}\nA new paragraph ${flags.join(" ")}.`);
      const run = gazette(workspace, "ingest", ...flags);
      expect(run.status).toBe(0);
      expect(run.stderr).not.toMatch(/edited by hand since ingest wrote it/);
      expect(run.stderr).toMatch(/1 hand-made kept/);
      expect(readFileSync(join(articles, "storm-hits-coast.md"), "utf8")).toBe(handMade);
      expect(pageFiles(workspace.content)).toEqual(["storm-hits-coast.md"]);
    }
  });
});

describe("a hand-made page whose seed moves into a folder", () => {
  it("keeps its seed: no second page, and one line asking for its source to follow", () => {
    const workspace = makeWorkspace({ "a.txt": storm });
    const articles = join(workspace.content, "articles");
    mkdirSync(articles);
    const handMade =
      '---\ntitle: "Storm hits coast"\nslug: storm-hits-coast\ndate: "2024-03-01T09:00:00Z"\ndescription: "Written by hand."\npeople: []\ntags: []\nsource: a.txt\n---\nWritten by hand.\n';
    writeFileSync(join(articles, "storm-hits-coast.md"), handMade);
    expect(gazette(workspace, "ingest").stderr).toMatch(/1 hand-made kept/);

    writeSeed(workspace, "world/a.txt", storm);
    rmSync(join(workspace.seeds, "a.txt"));
    const run = gazette(workspace, "ingest", "--prune");
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      'world/a.txt: its page articles/storm-hits-coast.md is hand-made and still names a.txt; set "source: world/a.txt" in it',
    );
    expect(pageFiles(workspace.content)).toEqual(["storm-hits-coast.md"]);
    expect(readFileSync(join(articles, "storm-hits-coast.md"), "utf8")).toBe(handMade);
  });
});

describe("a hand edit whose YAML parses but breaks the article contract", () => {
  it("keeps the page its seed's, under its URL, with no second page", () => {
    const workspace = makeWorkspace({ "a.txt": storm });
    gazette(workspace, "ingest");
    const page = join(workspace.content, "articles", "storm-hits-coast.md");
    // Written the way a person writes YAML: unquoted, and a date no parser takes.
    const edited = readFileSync(page, "utf8")
      .replace(/^date: .*$/m, "date: yesterday")
      .replace(/^source: "a.txt"$/m, "source: a.txt")
      .replace(/^slug: .*$/m, "slug: storm-hits-coast");
    writeFileSync(page, edited);
    writeSeed(workspace, "a.txt", `${storm}\nMore wind.`);

    gazette(workspace, "ingest", "--prune");
    expect(pageFiles(workspace.content)).toEqual(["storm-hits-coast.md"]);
    expect(readFileSync(page, "utf8")).toBe(edited);
  });
});

describe("a hand edit that breaks a page's YAML", () => {
  it("keeps the page at its URL and writes no second page for its seed", () => {
    const workspace = makeWorkspace({ "a.txt": storm });
    gazette(workspace, "ingest");
    const page = join(workspace.content, "articles", "storm-hits-coast.md");
    const broken = readFileSync(page, "utf8").replace("tags: []", "tags: [unclosed");
    writeFileSync(page, broken);
    writeSeed(workspace, "a.txt", `${storm}\nMore wind.`);

    const run = gazette(workspace, "ingest");
    expect(run.stderr).toMatch(
      /storm-hits-coast\.md: edited by hand since ingest wrote it; kept your edit/,
    );
    expect(pageFiles(workspace.content)).toEqual(["storm-hits-coast.md"]);
    expect(readFileSync(page, "utf8")).toBe(broken);

    // The build names the broken page, keeps its last good version, and exits 1: not a silent success.
    const build = gazette(workspace, "build", "--quiet");
    expect(build.stderr).toMatch(
      /articles\/storm-hits-coast\.md: .*; its last good version stays published/,
    );
    expect(build.status).toBe(1);
  });
});

describe("a hand-made page's slug", () => {
  it("is not given to a new seed's page, whose URL would be hidden by it", () => {
    const workspace = makeWorkspace();
    const articles = join(workspace.content, "articles");
    gazette(workspace, "ingest");
    writeFileSync(
      join(articles, "editors-note.md"),
      '---\ntitle: "Editor\'s note"\nslug: "storm-hits-coast"\ndate: "2025-01-01T00:00:00Z"\ndescription: ""\npeople: []\ntags: []\nsource: "hand"\n---\nBy hand.\n',
    );
    writeSeed(workspace, "a.txt", storm);
    const run = gazette(workspace, "build", "--quiet");
    expect(run.stderr).not.toMatch(/already used by/);
    const [seedPage] = pageFiles(workspace.content).filter((file) => file !== "editors-note.md");
    expect(seedPage).toMatch(/^storm-hits-coast-[0-9a-f]{6}\.md$/);
  });
});

describe("a seed moved into a section folder (seeds/a.txt → seeds/world/a.txt)", () => {
  const frontMatter = (page: string, key: string) =>
    new RegExp(`^${key}: (.*)$`, "m").exec(readFileSync(page, "utf8"))?.[1];
  const move = (workspace: ReturnType<typeof makeWorkspace>, from: string, to: string) => {
    const text = readFileSync(join(workspace.seeds, from));
    rmSync(join(workspace.seeds, from));
    // Written anew, so its mtime is now: the page's first date must not follow it.
    writeSeed(workspace, to, text);
  };

  it.each([[[]], [["--prune"]]])(
    "keeps its one page, URL and first date, and takes the new section (ingest %j)",
    (flags) => {
      const workspace = makeWorkspace({ "a.txt": storm });
      writeSeed(workspace, "articles.yaml", "a.txt: { byline: Ann Lee, status: draft }\n");
      gazette(workspace, "ingest");
      const page = join(workspace.content, "articles", "storm-hits-coast.md");
      const date = frontMatter(page, "date");

      move(workspace, "a.txt", "world/a.txt");
      const run = gazette(workspace, "ingest", ...flags);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).not.toMatch(/seed is gone/);
      expect(pageFiles(workspace.content)).toEqual(["storm-hits-coast.md"]);
      expect(frontMatter(page, "slug")).toBe('"storm-hits-coast"');
      expect(frontMatter(page, "date")).toBe(date);
      expect(frontMatter(page, "source")).toBe('"world/a.txt"');
      expect(frontMatter(page, "section")).toBe('"World"');
      // What the editor said of a.txt in articles.yaml still holds: a move publishes nothing.
      expect(frontMatter(page, "status")).toBe('"draft"');

      const again = gazette(workspace, "ingest", ...flags);
      expect(again.stderr).toMatch(/0 written, 1 unchanged/);
    },
  );

  it("keeps a page edited by hand as it is, and neither orphans nor doubles it", () => {
    const workspace = makeWorkspace({ "a.txt": storm });
    gazette(workspace, "ingest");
    const page = join(workspace.content, "articles", "storm-hits-coast.md");
    const edited = `${readFileSync(page, "utf8").trimEnd()}\n\nAn editor's note.\n`;
    writeFileSync(page, edited);

    move(workspace, "a.txt", "world/a.txt");
    const run = gazette(workspace, "ingest", "--prune");
    expect(run.stderr).not.toMatch(/seed is gone|removed \(--prune\)/);
    expect(pageFiles(workspace.content)).toEqual(["storm-hits-coast.md"]);
    expect(readFileSync(page, "utf8")).toBe(edited);
  });

  it("gives a seed moved with a new text a page of its own: another story", () => {
    const workspace = makeWorkspace({ "a.txt": storm });
    gazette(workspace, "ingest");
    rmSync(join(workspace.seeds, "a.txt"));
    writeSeed(workspace, "world/a.txt", `${storm}\nThe storm moved north.`);
    const run = gazette(workspace, "ingest");
    expect(run.stderr).toMatch(/storm-hits-coast\.md: its seed is gone/);
    expect(pageFiles(workspace.content)).toHaveLength(2);
  });
});
