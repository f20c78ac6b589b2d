import { describe, expect, it } from "vitest";
import { parseSeedMap, seedMapDate } from "../../src/ingest/seed-manifest.ts";
import { parseArticleMetadata } from "../../src/ingest/article-metadata.ts";

const FILE = "seeds/x.yaml";
const WORDING = { listedTwice: "keep one entry", expected: "expected a map, like `a.txt: x`" };
const parse = (text: string) => parseSeedMap(text, FILE, WORDING);
// 9^9 copies of "x" once expanded; yaml's alias limit stops it.
const ALIAS_BOMB = [
  "a: &a [x, x, x, x, x, x, x, x, x]",
  ..."bcdefghi"
    .split("")
    .map((name, i) => `${name}: &${name} [${`*${"abcdefgh"[i]}, `.repeat(8)}*${"abcdefgh"[i]}]`),
].join("\n");

describe("parseSeedMap", () => {
  it("reads a map of seed path → value, every scalar a string", () => {
    expect(parse("a.txt: 2025-04-24\nworld/b.txt: { status: draft, n: 3 }\n")).toEqual({
      "a.txt": "2025-04-24",
      "world/b.txt": { status: "draft", n: "3" },
    });
  });

  it("reads an empty file as an empty map", () => {
    expect(parse("")).toEqual({});
  });

  it.each([
    ["a.txt: [", /^seeds\/x\.yaml: is not valid YAML \(.*\); fix the syntax$/],
    ["a.txt: 1\na.txt: 2\n", /^seeds\/x\.yaml: a\.txt: listed twice; keep one entry$/],
    ["- a.txt\n", /^seeds\/x\.yaml: expected a map, like `a\.txt: x`$/],
    ["just words\n", /^seeds\/x\.yaml: expected a map/],
    [ALIAS_BOMB, /^seeds\/x\.yaml: cannot be read as YAML \(.*\); remove the aliases/],
  ])("turns %j into one line naming the file and the fix", (text, message) => {
    expect(() => parse(text)).toThrow(message);
  });
});

describe("seedMapDate", () => {
  it("reads a date without an offset in the site's zone", () => {
    expect(seedMapDate("2025-04-24T09:30", "a.txt", FILE, "Europe/London").toISO()).toBe(
      "2025-04-24T09:30:00.000+01:00",
    );
  });

  it.each([
    ["soon", /^seeds\/x\.yaml: a\.txt: expected an ISO 8601 date like 2025-04-24/],
    [undefined, /^seeds\/x\.yaml: a\.txt: expected an ISO 8601 date/],
    ["+010000-01-01", /^seeds\/x\.yaml: a\.txt: the year of `\+010000-01-01` is out of range/],
  ])("refuses %j, naming the entry", (value, message) => {
    expect(() => seedMapDate(value, "a.txt", FILE, "UTC")).toThrow(message);
  });
});

// The guards dates.yaml had and articles.yaml lacked before both read through parseSeedMap.
describe("seeds/articles.yaml gets dates.yaml's guards", () => {
  it("refuses a date whose year has more than four digits", () => {
    expect(() =>
      parseArticleMetadata('a.txt: { date: "+010000-01-01" }\n', "seeds/articles.yaml", "UTC"),
    ).toThrow(/^seeds\/articles\.yaml: a\.txt\.date: the year of `\+010000-01-01` is out of range/);
  });

  it("turns an alias bomb into one line naming the file", () => {
    expect(() => parseArticleMetadata(ALIAS_BOMB, "seeds/articles.yaml", "UTC")).toThrow(
      /^seeds\/articles\.yaml: cannot be read as YAML/,
    );
  });
});
