// `gazette review` end to end on a small hand-written content folder: the list for a pipe,
// --json, --accept-all followed by a build, decisions typed at a real pseudo-terminal (util-
// linux `script`), and one-line errors with exit status 2.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { gazette, GAZETTE_BIN, makeWorkspace, type Workspace } from "../helpers/workspace.ts";

const PEOPLE_YAML = `# Our people file: this comment must survive review.
people:
  "Mara Oyelaran":
    role: "Mayor of Harbourton"   # set by the editor
`;

function page(slug: string, title: string, date: string, fields: string, body: string): string {
  return `---\ntitle: "${title}"\nslug: "${slug}"\ndate: "${date}"\ndescription: ""\nsource: "${slug}.txt"\n${fields}\n---\n${body}\n`;
}

let workspace: Workspace;
beforeEach(() => {
  workspace = makeWorkspace();
  mkdirSync(join(workspace.content, "articles"));
  mkdirSync(join(workspace.content, "_data"));
  writeFileSync(join(workspace.content, "_data/people.yaml"), PEOPLE_YAML);
  const write = (name: string, text: string) =>
    writeFileSync(join(workspace.content, "articles", name), text);
  // Vera Drake: a full name in the headline, nothing more (0.4, uncertain). Clinton: a titled
  // surname (0.3, uncertain). Ann Lee: a full name once (0.2, little evidence). Aviator: read
  // as a person and as a tag (contested). Mara Oyelaran: accepted by her notes.
  write(
    "a.md",
    page(
      "vera-drake-wins",
      "Vera Drake wins",
      "2025-04-10T09:00:00Z",
      'people: ["Vera Drake", "Mara Oyelaran", "Clinton", "Ann Lee"]\ntags: ["Harbourton"]\nroles: { "Clinton": "President" }',
      "The jury gave Vera Drake its prize. President Clinton sent a letter, and Ann Lee came.",
    ),
  );
  write(
    "b.md",
    page(
      "aviator-lands",
      "Plane lands",
      "2025-04-11T09:00:00Z",
      'people: ["Aviator"]\ntags: ["Harbourton", "Aviator"]',
      "Aviator landed at Harbourton.",
    ),
  );
});

const review = (...args: string[]) =>
  gazette(workspace, "review", "--content", workspace.content, ...args);
const dataFile = (name: string) => join(workspace.content, "_data", name);

describe("gazette review", () => {
  it("--json lists the uncertain names with counts, confidence and a line of context, and changes nothing", () => {
    const run = review("--json");
    expect(run.status, run.stderr).toBe(0);
    const list = JSON.parse(run.stdout);
    expect(list.threshold).toBe(0.5);
    expect(list.entries.map((e: { kind: string; name: string }) => `${e.kind}:${e.name}`)).toEqual([
      "tag:Aviator",
      "person:Vera Drake",
      "person:Clinton",
    ]);
    expect(list.entries[2]).toEqual({
      kind: "person",
      name: "Clinton",
      articles: 1,
      confidence: 0.3,
      evidence: ["titled"],
      context: "President Clinton sent a letter, and Ann Lee came.",
      file: "articles/a.md",
    });
    expect(list.notListed).toBe(2);
    expect(readFileSync(dataFile("people.yaml"), "utf8")).toBe(PEOPLE_YAML);
    expect(existsSync(dataFile("tags.yaml"))).toBe(false);
    expect(JSON.parse(review("--json", "--all").stdout).entries).toHaveLength(5);
  });

  it("prints the list and says how to decide when stdin is not a terminal", () => {
    const run = review();
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^3 names wait for review \(confidence below 0\.50, no page until accepted\); 2 more with little evidence/,
    );
    expect(run.stdout).toContain(
      "Vera Drake · person · 1 article · confidence 0.40 (full name, prominent)\n    articles/a.md: “Vera Drake wins”",
    );
    expect(run.stdout).toMatch(
      /Decide on a terminal with "gazette review", accept them all with "gazette review --accept-all"/,
    );
  });

  it("exits 0 without a word when its reader stops early, as in `gazette review | head -1`", async () => {
    const child = spawn(process.execPath, [GAZETTE_BIN, "review", "--content", workspace.content], {
      cwd: workspace.root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    // Our end of the pipe closed before gazette writes: every write of its list fails with EPIPE.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const status = await new Promise((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(status).toBe(0);
  });

  it("--accept-all accepts the list, keeps the editor's comments, and the next build gives them pages", () => {
    const build = () => {
      const run = gazette(workspace, "build", "--skip-ingest", "--quiet");
      expect(run.status, run.stderr).toBe(0);
      return readFileSync(join(workspace.out, "articles/vera-drake-wins/index.html"), "utf8");
    };
    const before = build();
    expect(before).not.toContain('href="/people/vera-drake/"');
    expect(before).toMatch(
      /<span data-pagefind-filter="person\[data-filter\]" data-filter="Vera Drake">Vera Drake<\/span>/,
    );
    expect(before).toContain('href="/people/mara-oyelaran/"');
    expect(existsSync(join(workspace.out, "people/vera-drake/index.html"))).toBe(false);

    const run = review("--accept-all");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /^Accepted 3 names in .*(people|tags)\.yaml and .*(people|tags)\.yaml; gazette build gives them pages\.$/m,
    );
    const people = readFileSync(dataFile("people.yaml"), "utf8");
    expect(people).toContain("# Our people file: this comment must survive review.");
    expect(people).toContain("# set by the editor");
    expect(parse(people).accepted).toEqual(["Vera Drake", "Clinton"]);
    expect(parse(readFileSync(dataFile("tags.yaml"), "utf8")).accepted).toEqual(["Aviator"]);
    expect(JSON.parse(review("--json").stdout).entries).toEqual([]);

    expect(build()).toContain('href="/people/vera-drake/"');
    expect(existsSync(join(workspace.out, "people/vera-drake/index.html"))).toBe(true);
  }, 120_000);

  it("on a terminal, asks about each name and saves accept, reject, merge and rename as they are typed", () => {
    // util-linux `script` runs the command on a new pseudo-terminal and feeds it our input.
    const command = `'${process.execPath}' '${GAZETTE_BIN}' review --content '${workspace.content}' --all`;
    const answers = ["x", "n", "The Aviator", "m Mara Oyelaran", "r", "a", "q"].join("\n") + "\n";
    const run = spawnSync("script", ["-qfec", command, "/dev/null"], {
      input: answers,
      encoding: "utf8",
      env: { ...process.env, TERM: "dumb" },
    });
    expect(run.status, run.stderr + run.stdout).toBe(0);
    const out = run.stdout.replace(/\r/g, "");
    expect(out).toContain("[1/5] Aviator · tag · 1 article · confidence 0.40 (contested)");
    expect(out).toContain('"x" is not an answer; type a, r, m NAME, n NAME, s or q');
    expect(out).toContain('Rename "Aviator" to? ');
    expect(out).toContain("renamed: Aviator → The Aviator");
    expect(out).toContain("merged: Vera Drake → Mara Oyelaran");
    expect(out).toContain("rejected: Clinton is not a person");
    expect(out).toContain("accepted: Ann Lee gets a page");
    expect(out).toMatch(
      /4 decisions saved in .*tags\.yaml and .*people\.yaml\. Run gazette build to apply them\./,
    );
    const people = parse(readFileSync(dataFile("people.yaml"), "utf8"));
    expect(people).toEqual({
      people: { "Mara Oyelaran": { role: "Mayor of Harbourton", aliases: ["Vera Drake"] } },
      not_people: ["Clinton"],
      accepted: ["Ann Lee"],
    });
    expect(parse(readFileSync(dataFile("tags.yaml"), "utf8"))).toEqual({
      rename: { Aviator: "The Aviator" },
    });
    // Quitting left the last name (the contested person "Aviator") undecided, so it is still listed.
    expect(
      JSON.parse(review("--json", "--all").stdout).entries.map((e: { name: string }) => e.name),
    ).toEqual(["Aviator"]);
  });

  it.each([
    [
      ["--json", "--accept-all"],
      /^gazette review: --json lists and --accept-all decides: use one of them\. Run "gazette review --help" for its options\.$/m,
    ],
    [["--jsn"], /^gazette review: Unknown option '--jsn'/m],
    [
      ["--content", "/no/such/folder"],
      /^gazette review: --content \/no\/such\/folder: no such folder; pass the folder that holds articles\/ and _data\/\. Run "gazette review --help" for its options\.$/m,
    ],
  ])("refuses %j with one line and exit status 2", (args, message) => {
    const run = review(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it("names a broken people.yaml in one line, with exit status 2", () => {
    writeFileSync(dataFile("people.yaml"), "accepted: Vera Drake\n");
    const run = review("--json");
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      `${dataFile("people.yaml")}: accepted: expected a list of names`,
    );
  });
});
