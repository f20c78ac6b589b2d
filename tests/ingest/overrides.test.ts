// The editor's override files, applied by ingest on every run.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/front-matter.ts";
import { gazette, makeWorkspace, type Workspace } from "../helpers/workspace.ts";

const harbour =
  'Harbour wall finished early in Whitby\nMayor Jane Okafor opened the new harbour wall in Whitby on Monday.\n"We said we would finish it," Ms Okafor said.';
const concert =
  'Jackson plays Whitby pavilion\nSinger Michael Jackson played the Whitby pavilion on Saturday.\n"It was wonderful," Jackson said.';
const flypast = "Flypast over Whitby\nWing Commander Michael Jackson led the flypast over Whitby.";

function pages(workspace: Workspace) {
  const dir = join(workspace.content, "articles");
  return Object.fromEntries(
    readdirSync(dir).map((file) => {
      const parsed = parsePage(readFileSync(join(dir, file), "utf8"));
      if (!parsed.ok) throw new Error(parsed.reason);
      return [parsed.data.source, parsed.data];
    }),
  );
}

function overrides(workspace: Workspace, file: "people.yaml" | "tags.yaml", yaml: string) {
  mkdirSync(join(workspace.content, "_data"), { recursive: true });
  writeFileSync(join(workspace.content, "_data", file), yaml);
}

describe("the editor's overrides", () => {
  it("are applied on the next run: roles, aliases and names that are not people", () => {
    const workspace = makeWorkspace({ "harbour.txt": harbour });
    gazette(workspace, "ingest");
    expect(pages(workspace)["harbour.txt"]!.people).toEqual(["Jane Okafor"]);

    overrides(
      workspace,
      "people.yaml",
      'people:\n  "Jane Okafor":\n    role: "Mayor of Whitby"\nnot_people: []\n',
    );
    expect(gazette(workspace, "ingest").stderr).toMatch(/1 written/);
    expect(pages(workspace)["harbour.txt"]!.roles).toEqual({ "Jane Okafor": "Mayor of Whitby" });

    overrides(workspace, "people.yaml", 'not_people: ["Jane Okafor"]\n');
    gazette(workspace, "ingest");
    expect(pages(workspace)["harbour.txt"]!.people).toEqual([]);
  });

  it("tell namesakes apart by the seed they come from", () => {
    const workspace = makeWorkspace({ "music/concert.txt": concert, "raf/flypast.txt": flypast });
    overrides(
      workspace,
      "people.yaml",
      'namesakes:\n  "Michael Jackson":\n    - { name: "Michael Jackson (RAF)", sources: ["raf/flypast.txt"] }\n    - { name: "Michael Jackson (singer)", default: true }\n',
    );
    gazette(workspace, "ingest");
    expect(pages(workspace)["raf/flypast.txt"]!.people).toEqual(["Michael Jackson (RAF)"]);
    expect(pages(workspace)["music/concert.txt"]!.people).toEqual(["Michael Jackson (singer)"]);
  });

  it("rename and ban tags", () => {
    const workspace = makeWorkspace({ "harbour.txt": harbour });
    overrides(workspace, "tags.yaml", 'rename: { "Whitby": "Whitby, North Yorkshire" }\n');
    gazette(workspace, "ingest");
    expect(pages(workspace)["harbour.txt"]!.tags).toContain("Whitby, North Yorkshire");
    overrides(workspace, "tags.yaml", 'ban: ["Whitby"]\n');
    gazette(workspace, "ingest");
    expect(pages(workspace)["harbour.txt"]!.tags).not.toContain("Whitby");
  });

  it("stop ingest with a message naming the file and the key when they are wrong", () => {
    const workspace = makeWorkspace({ "harbour.txt": harbour });
    overrides(workspace, "people.yaml", 'people:\n  "Jane Okafor":\n    aliases: "Okafor"\n');
    const run = gazette(workspace, "ingest");
    // A broken configuration file is a configuration error: exit 2, as for a usage error.
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/people\.yaml.*aliases/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
