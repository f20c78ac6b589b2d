// The arithmetic of the BBC hand check (bench/bbc-check/): pages counted the way render makes
// them, and the shares of verdicts over those pages.
import { describe, expect, it } from "vitest";
import { countPages } from "../../bench/bbc-check/count-pages.ts";
import { invalidVerdicts, scoreVerdicts } from "../../bench/bbc-check/score-verdicts.ts";

describe("countPages", () => {
  it("counts each name once per article, most linked first", () => {
    const articles = [
      { source: "b.txt", names: ["Tony Blair", "Blair"] },
      { source: "a.txt", names: ["Tony Blair"] },
      { source: "c.txt", names: ["Tony Blair", "Tony Blair"] },
    ];
    expect(countPages(articles)).toEqual([
      { name: "Tony Blair", articles: 3, sources: ["a.txt", "b.txt", "c.txt"] },
      { name: "Blair", articles: 1, sources: ["b.txt"] },
    ]);
  });

  it("makes names that share a URL slug one page under the most used spelling", () => {
    const articles = [
      { source: "a.txt", names: ["NATO"] },
      { source: "b.txt", names: ["Nato"] },
      { source: "c.txt", names: ["Nato"] },
    ];
    expect(countPages(articles)).toEqual([
      { name: "Nato", articles: 3, sources: ["a.txt", "b.txt", "c.txt"] },
    ]);
  });
});

describe("scoreVerdicts", () => {
  const page = (name: string) => ({ name, articles: 1, sources: ["a.txt"] });
  const people = ["Tony Blair", "Blair", "We've", "Ann Smith"].map(page);
  const tags = ["United Nations", "UN", "St", "Group A"].map(page);
  const shares = scoreVerdicts(
    people,
    tags,
    { "Tony Blair": "person", Blair: "duplicate-of:Tony Blair", "We've": "not-person" },
    { "United Nations": "ok", UN: "duplicate-of:United Nations", St: "junk", "Group A": "junk" },
  );

  it("gives the share of person pages judged not a person and judged a duplicate", () => {
    expect(shares.notPerson).toBe(1 / 4);
    expect(shares.duplicatePeople).toBe(1 / 4);
  });

  it("gives the share of tags judged junk and judged a duplicate", () => {
    expect(shares.junkTags).toBe(2 / 4);
    expect(shares.duplicateTags).toBe(1 / 4);
  });

  it("lists names with no verdict and their share of all names", () => {
    expect(shares.unjudgedPeople).toEqual(["Ann Smith"]);
    expect(shares.unjudgedTags).toEqual([]);
    expect(shares.unjudged).toBe(1 / 8);
  });

  it("does not take inherited object keys for verdicts", () => {
    expect(scoreVerdicts([page("constructor")], [], {}, {}).unjudgedPeople).toEqual([
      "constructor",
    ]);
  });
});

describe("invalidVerdicts", () => {
  it("names verdicts that are none of the allowed forms", () => {
    expect(
      invalidVerdicts({ A: "person", B: "duplicate-of:A", C: "maybe", D: "duplicate-of:" }, [
        "person",
        "not-person",
      ]),
    ).toEqual(["C: maybe", "D: duplicate-of:"]);
  });
});
