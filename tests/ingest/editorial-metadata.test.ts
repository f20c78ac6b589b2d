// Ingest with seeds/articles.yaml and section folders: what reaches the front matter.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parsePage } from "../../src/front-matter.ts";
import { gazette, makeWorkspace, writeSeed, type Workspace } from "../helpers/workspace.ts";

const rates = "Bank raises rates again\nThe Bank of England raised its main rate on Thursday.";
const derby = "Whitby win the derby\nWhitby Town beat Scarborough 2-1 on Saturday.";

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

afterEach(() => {
  delete process.env.GAZETTE_NOW;
});

describe("ingest with editorial metadata", () => {
  it("writes articles.yaml's keys and the seed's folder as its section into the front matter", () => {
    const workspace = makeWorkspace({ "business/rates.txt": rates, "sport/derby.txt": derby });
    writeSeed(
      workspace,
      "articles.yaml",
      [
        "business/rates.txt:",
        "  date: 2025-04-24T09:30",
        "  byline: [Ann Lee, Bo Chan]",
        "  status: draft",
        "  summary: The third rise this year.",
        '  corrections: [{ date: 2025-04-25T08:00, text: "The rise was 0.25 points, not 0.5." }]',
        "sport/derby.txt: { section: Football, byline: Cy Dale }",
      ].join("\n"),
    );
    expect(gazette(workspace, "ingest").status).toBe(0);
    const written = pages(workspace);
    expect(written["business/rates.txt"]).toMatchObject({
      date: "2025-04-24T09:30:00Z",
      dateSource: "manifest",
      byline: ["Ann Lee", "Bo Chan"],
      section: "Business",
      status: "draft",
      summary: "The third rise this year.",
      corrections: [{ date: "2025-04-25T08:00:00Z", text: "The rise was 0.25 points, not 0.5." }],
    });
    expect(written["sport/derby.txt"]).toMatchObject({ section: "Football", byline: ["Cy Dale"] });
    expect(written["sport/derby.txt"]!.status).toBeUndefined();
  });

  it("rewrites a page when its entry in articles.yaml changes, and not otherwise", () => {
    const workspace = makeWorkspace({ "rates.txt": rates });
    gazette(workspace, "ingest");
    expect(pages(workspace)["rates.txt"]!.byline).toBeUndefined();
    writeSeed(workspace, "articles.yaml", "rates.txt: { byline: Ann Lee }\n");
    expect(gazette(workspace, "ingest").stderr).toMatch(/1 written/);
    expect(pages(workspace)["rates.txt"]!.byline).toEqual(["Ann Lee"]);
    expect(gazette(workspace, "ingest").stderr).toMatch(/0 written/);
  });

  it("stops with exit status 2 and one line naming the file, the key and the fix when articles.yaml is broken", () => {
    const workspace = makeWorkspace({ "rates.txt": rates });
    writeSeed(workspace, "articles.yaml", "rates.txt: { status: hidden }\n");
    const run = gazette(workspace, "ingest");
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toMatch(
      /^.*seeds\/articles\.yaml: rates\.txt\.status: expected draft or published$/,
    );
  });

  it("records `updated` when a published seed's text changes, and never moves the first date", () => {
    const workspace = makeWorkspace({ "rates.txt": rates });
    writeSeed(workspace, "dates.yaml", "rates.txt: 2025-04-24T09:30\n");
    process.env.GAZETTE_NOW = "2025-04-24T12:00:00Z";
    gazette(workspace, "ingest");
    expect(pages(workspace)["rates.txt"]!.updated).toBeUndefined();

    process.env.GAZETTE_NOW = "2025-04-25T08:15:00Z";
    writeSeed(workspace, "rates.txt", `${rates}\nThe rise takes effect on Monday.`);
    gazette(workspace, "ingest");
    expect(pages(workspace)["rates.txt"]).toMatchObject({
      date: "2025-04-24T09:30:00Z",
      updated: "2025-04-25T08:15:00Z",
    });

    process.env.GAZETTE_NOW = "2025-04-26T00:00:00Z";
    writeSeed(workspace, "articles.yaml", "rates.txt: { summary: Rates up. }\n");
    gazette(workspace, "ingest");
    expect(pages(workspace)["rates.txt"]).toMatchObject({
      updated: "2025-04-25T08:15:00Z",
      summary: "Rates up.",
    });
  });

  it("records no update while the story is embargoed", () => {
    const workspace = makeWorkspace({ "rates.txt": rates });
    writeSeed(workspace, "dates.yaml", "rates.txt: 2025-05-01T00:00\n");
    process.env.GAZETTE_NOW = "2025-04-24T12:00:00Z";
    gazette(workspace, "ingest");
    writeSeed(workspace, "rates.txt", `${rates}\nMore.`);
    gazette(workspace, "ingest");
    expect(pages(workspace)["rates.txt"]!.updated).toBeUndefined();
  });
});
