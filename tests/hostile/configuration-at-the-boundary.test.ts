// Configuration is checked where it enters (issue 13: values that parse but are out of range,
// configuration accepted without checks, errors that name the wrong file, YAML alias bombs,
// configuration errors exiting 1) and bidi controls never reach a page.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { articleSchema } from "../../src/article.ts";
import { parseOverrides } from "../../src/extract/parse-overrides.ts";
import { decodeSeed } from "../../src/ingest/decode-seed.ts";
import { readDatesManifest } from "../../src/ingest/seed-dates.ts";
import { loadSiteConfig } from "../../src/site-config.ts";
import { gazette, makeWorkspace, type Workspace } from "../helpers/workspace.ts";

const storm = "Storm hits coast\nWinds of 90mph hit the coast on Monday.";
const ALIAS_BOMB = [
  "a: &a [x, x, x, x, x, x, x, x, x]",
  ...Array.from(
    { length: 8 },
    (_, i) =>
      `${"bcdefghi"[i]}: &${"bcdefghi"[i]} [*${"abcdefgh"[i]}, *${"abcdefgh"[i]}, *${"abcdefgh"[i]}, *${"abcdefgh"[i]}, *${"abcdefgh"[i]}, *${"abcdefgh"[i]}, *${"abcdefgh"[i]}, *${"abcdefgh"[i]}, *${"abcdefgh"[i]}]`,
  ),
].join("\n");

function dataFile(workspace: Workspace, name: string, text: string): void {
  mkdirSync(join(workspace.content, "_data"), { recursive: true });
  writeFileSync(join(workspace.content, "_data", name), text);
}

describe("site.json", () => {
  it.each([
    ["url", { url: "javascript:alert(1)" }],
    ["url", { url: "data:text/html,<script>alert(1)</script>" }],
    ["publisher.url", { publisher: { name: "P", url: "javascript:alert(document.domain)" } }],
    ["url", { url: "ftp://example.org" }],
  ])("refuses a %s that is not http(s), naming the key", (key, config) => {
    const workspace = makeWorkspace();
    dataFile(workspace, "site.json", JSON.stringify(config));
    expect(() => loadSiteConfig(workspace.content)).toThrow(
      new RegExp(`site\\.json: ${key.replace(".", "\\.")}: expected an http:// or https:// URL`),
    );
  });

  it("accepts http and https", () => {
    const workspace = makeWorkspace();
    dataFile(
      workspace,
      "site.json",
      JSON.stringify({
        url: "http://localhost:8080",
        publisher: { name: "P", url: "https://example.org/about" },
      }),
    );
    expect(loadSiteConfig(workspace.content).url).toBe("http://localhost:8080");
  });

  it("stops gazette build with one line and exit 2, as a configuration error", () => {
    const workspace = makeWorkspace({ "storm.txt": storm });
    dataFile(workspace, "site.json", JSON.stringify({ url: "javascript:alert(1)" }));
    const run = gazette(workspace, "build");
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toMatch(
      /^\S*content\/_data\/site\.json: url: expected an http:\/\/ or https:\/\/ URL[^\n]*$/,
    );
  });
});

describe("seeds/dates.yaml", () => {
  it.each([["+010000-01-01"], ["+275760-09-13"]])(
    "refuses %s, whose year has more than four digits",
    (date) => {
      const workspace = makeWorkspace();
      writeFileSync(join(workspace.seeds, "dates.yaml"), `storm.txt: "${date}"\n`);
      expect(() => readDatesManifest(workspace.seeds, "UTC")).toThrow(
        /dates\.yaml: storm\.txt: the year of `.*` is out of range; give a date from year 1 to 9999/,
      );
    },
  );

  it("turns an alias bomb into one line naming the file", () => {
    const workspace = makeWorkspace();
    writeFileSync(join(workspace.seeds, "dates.yaml"), ALIAS_BOMB);
    expect(() => readDatesManifest(workspace.seeds, "UTC")).toThrow(
      /dates\.yaml: cannot be read as YAML/,
    );
  });

  it("exits 2 for an out-of-range date, and the article does not vanish silently", () => {
    const workspace = makeWorkspace({ "storm.txt": storm });
    writeFileSync(join(workspace.seeds, "dates.yaml"), 'storm.txt: "+010000-01-01"\n');
    const run = gazette(workspace, "ingest");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/dates\.yaml: storm\.txt: the year/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("people.yaml and tags.yaml", () => {
  it("name tags.yaml, not people.yaml, for a problem in tags.yaml", () => {
    const workspace = makeWorkspace({ "storm.txt": storm });
    dataFile(workspace, "people.yaml", 'people:\n  "Jane Hale": { role: "Minister" }\n');
    dataFile(workspace, "tags.yaml", 'rename: { "Nato": 5 }\n');
    const run = gazette(workspace, "ingest");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/_data\/tags\.yaml: rename\.Nato: /);
    expect(run.stderr).not.toMatch(/people\.yaml/);
  });

  it("turn an alias bomb into one line naming the file, exit 2", () => {
    const workspace = makeWorkspace({ "storm.txt": storm });
    dataFile(workspace, "tags.yaml", ALIAS_BOMB);
    const run = gazette(workspace, "ingest");
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toMatch(/^\S*_data\/tags\.yaml: [^\n]*$/);
  });
});

describe("bidi controls", () => {
  const RLO = "\u202E";
  it("never reach a headline or a paragraph from a seed", () => {
    const decoded = decodeSeed(
      Buffer.from(`Storm ${RLO}tsaoc\u202C hits\nWinds \u2066of\u2069 90mph.`),
    );
    expect(decoded?.text).toBe("Storm tsaoc hits\nWinds of 90mph.");
  });

  it("never reach a name or tag from the editor's files", () => {
    const overrides = parseOverrides(
      parseYaml(`people:\n  "Jane ${RLO}elaH":\n    aliases: ["${RLO}elaH"]\n`),
      parseYaml(`rename: { "Nato": "${RLO}OTAN" }\nmerge: { "${RLO}UE": ["E.U."] }\n`),
    );
    expect(Object.keys(overrides.people)).toEqual(["Jane elaH"]);
    expect(
      [
        ...overrides.personAlias.keys(),
        ...overrides.personAlias.values(),
        ...overrides.tagAlias.values(),
      ].join(" "),
    ).not.toContain(RLO);
  });
});

describe("a page's date", () => {
  it.each([["2025-13-45T00:00:00Z"], ["2025-02-30T09:30:00+01:00"], ["2025-01-01T25:00:00Z"]])(
    "is refused when %s is no real date",
    (date) => {
      const page = {
        title: "T",
        slug: "t",
        date,
        description: "",
        people: [],
        tags: [],
        source: "hand",
      };
      const result = articleSchema.safeParse(page);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/expected a real calendar date/);
    },
  );
});
