import { describe, expect, it } from "vitest";
import { NO_DECISIONS } from "../../src/review/read-decisions.ts";
import { formatList, pendingList } from "../../src/review/pending-list.ts";
import { reviewItems, type ReviewArticle } from "../../src/review/review-items.ts";

const page = (file: string, fields: Partial<ReviewArticle>): ReviewArticle => ({
  title: file,
  description: "",
  date: "2025-04-10T09:00:00Z",
  people: [],
  tags: [],
  body: "",
  file,
  ...fields,
});
const items = reviewItems(
  [
    page("articles/a.md", {
      people: ["Vera Drake", "Tussauds", "Ann Lee"],
      title: "Vera Drake wins",
      body: "Crowds at Tussauds. Ann Lee came.",
    }),
    page("articles/b.md", { people: ["Mara Oyelaran"], roles: { "Mara Oyelaran": "Mayor" } }),
  ],
  NO_DECISIONS,
  0.5,
);

describe("pendingList", () => {
  it("lists the uncertain names, with context, and counts the weaker ones it leaves out", () => {
    const list = pendingList(items, 0.5, false);
    expect(list.entries).toEqual([
      {
        kind: "person",
        name: "Vera Drake",
        articles: 1,
        confidence: 0.4,
        evidence: ["full name", "prominent"],
        context: "Vera Drake wins",
        file: "articles/a.md",
      },
    ]);
    expect(list.notListed).toBe(2);
  });

  it("lists every pending name with --all", () => {
    expect(pendingList(items, 0.5, true).entries.map((e) => e.name)).toEqual([
      "Vera Drake",
      "Ann Lee",
      "Tussauds",
    ]);
  });

  it("formats the list with a count, each name's evidence and its context line", () => {
    expect(formatList(pendingList(items, 0.5, false))).toBe(
      "1 name waits for review (confidence below 0.50, no page until accepted); 2 more with little evidence keep no page (gazette review --all lists them).\n" +
        "Vera Drake · person · 1 article · confidence 0.40 (full name, prominent)\n    articles/a.md: “Vera Drake wins”",
    );
  });
});
