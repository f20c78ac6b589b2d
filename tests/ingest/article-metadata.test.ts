import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticleMetadata, readArticleMetadata } from "../../src/ingest/article-metadata.ts";

const FILE = "seeds/articles.yaml";
const parse = (text: string, zone = "Europe/London") => parseArticleMetadata(text, FILE, zone);

describe("seeds/articles.yaml", () => {
  it("reads every key of an entry, dates in the site's zone with an offset", () => {
    const entries = parse(`business/rates.txt:
  date: 2025-04-24T09:30
  updated: 2025-04-25T10:00+02:00
  byline: Ann Lee
  section: Money
  status: draft
  summary: Rates rise again.
  corrections:
    - { date: 2025-04-26, text: "An earlier version gave the wrong rate." }
`);
    expect(entries.get("business/rates.txt")).toEqual({
      date: "2025-04-24T09:30:00+01:00",
      updated: "2025-04-25T09:00:00+01:00",
      byline: ["Ann Lee"],
      section: "Money",
      status: "draft",
      summary: "Rates rise again.",
      corrections: [
        { date: "2025-04-26T00:00:00+01:00", text: "An earlier version gave the wrong rate." },
      ],
    });
  });

  it("keeps a list of bylines in order", () => {
    expect(parse("a.txt: { byline: [Ann Lee, Bo Chan] }").get("a.txt")!.byline).toEqual([
      "Ann Lee",
      "Bo Chan",
    ]);
  });

  it("accepts an entry with no keys and an empty file", () => {
    expect(parse("a.txt:\n").get("a.txt")).toEqual({});
    expect(parse("").size).toBe(0);
  });

  it("is empty when the seeds folder has no articles.yaml", () => {
    expect(readArticleMetadata(mkdtempSync(join(tmpdir(), "gazette-meta-")), "UTC").size).toBe(0);
  });

  it("reads the file from the seeds folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "gazette-meta-"));
    writeFileSync(join(dir, "articles.yaml"), "a.txt: { date: 2025-01-02 }\n");
    expect(readArticleMetadata(dir, "UTC").get("a.txt")).toEqual({ date: "2025-01-02T00:00:00Z" });
  });

  it.each([
    [
      "a.txt: { date: next tuesday }",
      /^seeds\/articles\.yaml: a\.txt\.date: expected an ISO 8601 date like 2025-04-24 or 2025-04-24T09:30, not `next tuesday`$/,
    ],
    [
      "a.txt: { status: hidden }",
      /^seeds\/articles\.yaml: a\.txt\.status: expected draft or published$/,
    ],
    [
      "a.txt: { autor: Ann }",
      /^seeds\/articles\.yaml: a\.txt: unknown key "autor"; use date, updated, byline, section, status, corrections or summary$/,
    ],
    [
      "a.txt: { byline: { name: Ann } }",
      /^seeds\/articles\.yaml: a\.txt\.byline: expected a name or a list of names$/,
    ],
    [
      "a.txt: { corrections: [{ date: 2025-01-01 }] }",
      /^seeds\/articles\.yaml: a\.txt\.corrections\.0\.text: expected the correction as text$/,
    ],
    [
      "a.txt: { corrections: [{ date: soon, text: x }] }",
      /^seeds\/articles\.yaml: a\.txt\.corrections\.0\.date: expected an ISO 8601 date/,
    ],
    [
      "a.txt: { summary: '' }",
      /^seeds\/articles\.yaml: a\.txt\.summary: expected a summary, not an empty string$/,
    ],
    [
      "a.txt: {}\na.txt: {}\n",
      /^seeds\/articles\.yaml: a\.txt: listed twice; merge its keys into one entry$/,
    ],
    ["- a.txt\n", /^seeds\/articles\.yaml: expected a map of seed path → metadata/],
    ["a.txt: [\n", /^seeds\/articles\.yaml: is not valid YAML \(.*\); fix the syntax$/],
  ])("rejects %j with one line naming the file, the key and the fix", (text, message) => {
    expect(() => parse(text)).toThrow(message);
  });
});
