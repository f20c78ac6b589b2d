// Names from input never break a build (issue 13, bugs 5 and 6): a topic whose slug is a fixed
// route, and people named like JavaScript's built-in properties. Real `gazette build` runs.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseOverrides } from "../../src/extract/parse-overrides.ts";
import { ownRecord } from "../../src/own-record.ts";
import { nameSlug, RESERVED_NAME_SLUGS } from "../../src/urls.ts";
import { gazette, makeWorkspace, type Workspace } from "../helpers/workspace.ts";

const byCount =
  "Firm By Count grows\nThe firm By Count said in a statement that profits rose.\nShares in By Count rose on Monday.";
const talks =
  'Talks on the budget resume\nMinister Jane Hale met Sam Toms on Monday to discuss the budget.\n"We will finish," Hale said.';

function override(workspace: Workspace, file: string, text: string): void {
  mkdirSync(join(workspace.content, "_data"), { recursive: true });
  writeFileSync(join(workspace.content, "_data", file), text);
}

describe("a topic whose slug is a fixed route", () => {
  it.each([["By Count"], ["by count"], ["BY-COUNT!"]])("gives %j a slug of its own", (name) => {
    expect(RESERVED_NAME_SLUGS.has(nameSlug(name))).toBe(false);
    expect(nameSlug(name)).toMatch(/^by-count-[0-9a-f]{6}$/);
  });

  it("builds the site, with the topics-by-count page and the firm's page at different URLs", () => {
    const workspace = makeWorkspace({ "firm.txt": byCount });
    override(workspace, "tags.yaml", 'rename: { "Count": "By Count" }\n');
    const run = gazette(workspace, "build", "--quiet");
    expect(run.stderr).not.toMatch(/Two pages have the URL|\n\s+at /);
    expect(run.status).toBe(0);
    expect(readFileSync(join(workspace.out, "tags/by-count/index.html"), "utf8")).toMatch(
      /<title>Topics by number of articles/,
    );
    const firmPage = join(workspace.out, "tags", nameSlug("By Count"), "index.html");
    expect(existsSync(firmPage)).toBe(true);
    expect(readFileSync(firmPage, "utf8")).toContain("Firm By Count grows");
  });
});

describe("people named like JavaScript built-ins", () => {
  it("reads no inherited property as a role or an override", () => {
    expect(ownRecord({ "Jane Hale": "Minister" })["toString"]).toBeUndefined();
    const overrides = parseOverrides({ people: { "Jane Hale": { role: "Minister" } } }, undefined);
    for (const name of ["toString", "constructor", "hasOwnProperty", "valueOf"])
      expect(overrides.people[name]).toBeUndefined();
  });

  it("builds person pages for toString and constructor", () => {
    const workspace = makeWorkspace({ "talks.txt": talks });
    override(
      workspace,
      "people.yaml",
      'people:\n  "toString":\n    aliases: ["Jane Hale"]\n  "constructor":\n    aliases: ["Sam Toms"]\n    bio: "Builds things."\n',
    );
    const run = gazette(workspace, "build", "--quiet");
    expect(run.stderr).not.toMatch(/TypeError|\n\s+at /);
    expect(run.status).toBe(0);
    expect(readFileSync(join(workspace.out, "people/tostring/index.html"), "utf8")).toContain(
      "Minister",
    );
    expect(readFileSync(join(workspace.out, "people/constructor/index.html"), "utf8")).toContain(
      "Builds things.",
    );
  });

  it.each([
    [
      "people.yaml",
      'people:\n  "__proto__":\n    role: "x"\n',
      /people\.yaml: people\.__proto__: "__proto__" cannot be used as a name here/,
    ],
    [
      "tags.yaml",
      'rename:\n  "__proto__": "Oops"\n',
      /tags\.yaml: rename\.__proto__: "__proto__" cannot be used as a name here/,
    ],
  ])("refuses __proto__ in %s with one line naming the file, and exit 2", (file, text, message) => {
    const workspace = makeWorkspace({ "talks.txt": talks });
    override(workspace, file, text);
    const run = gazette(workspace, "ingest");
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.status).toBe(2);
  });
});
