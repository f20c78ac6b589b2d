import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractArticle, tagsOf } from "../../src/extract/index.ts";

const lines = readFileSync(new URL("../../seeds/000_5a7e88c31c6e67e7.txt", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "");
const extraction = extractArticle({ headline: lines[0]!, paragraphs: lines.slice(1) });
const person = (name: string) => extraction.people.find((p) => p.name === name);

describe("the project seed (Trump urges Putin)", () => {
  it("finds exactly the seven people the article names", () => {
    expect(extraction.people.map((p) => p.name).sort()).toEqual(
      [
        "Donald Trump",
        "Henry E. Hale",
        "Jonas Gahr Støre",
        "Marco Rubio",
        "Michael Waltz",
        "Pete Hegseth",
        "Vladimir Putin",
      ].sort(),
    );
  });

  it.each([
    ["Pete Hegseth", "Defense Secretary"],
    ["Jonas Gahr Støre", "Norway Prime Minister"],
    ["Marco Rubio", "Secretary of State"],
    ["Michael Waltz", "National Security Advisor"],
  ])("gives %s the role %s", (name, role) => {
    expect(person(name)?.role).toBe(role);
  });

  it("folds the surname and the vocative first name into the full name", () => {
    expect(person("Donald Trump")?.forms).toContain("Trump");
    expect(person("Henry E. Hale")?.forms).toContain("Hale");
  });

  it.each(["Donald Trump", "Henry E. Hale", "Jonas Gahr Støre"])(
    "attributes a quote to %s",
    (speaker) => {
      expect(extraction.quotes.some((q) => q.speaker === speaker)).toBe(true);
    },
  );

  it("never attributes the 'Vladimir, STOP!' post to Putin", () => {
    const stop = extraction.quotes.find((q) => q.text.startsWith("Vladimir, STOP!"));
    expect(stop).toBeDefined();
    expect(stop?.speaker === undefined || stop.speaker === "Donald Trump").toBe(true);
    expect(extraction.quotes.some((q) => q.speaker === "Vladimir Putin")).toBe(false);
  });

  it("keeps the university as an organisation and no person", () => {
    expect(extraction.organisations).toContain("George Washington University");
    expect(extraction.people.some((p) => p.name.includes("Washington"))).toBe(false);
  });

  it.each(["Ukraine", "Russia", "NATO", "Kyiv", "United States"])(
    "tags the article with %s",
    (tag) => {
      expect(tagsOf(extraction)).toContain(tag);
    },
  );
});
