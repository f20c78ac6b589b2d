// The arithmetic of the BBC hand check (bench/bbc-check/): pages counted the way render makes
// them, and the shares of verdicts over those pages.
import { describe, expect, it } from "vitest";
import { countPages } from "../../bench/bbc-check/count-pages.ts";
import { invalidVerdicts, scoreVerdicts } from "../../bench/bbc-check/score-verdicts.ts";

describe("countPages", () => {
  it("counts each name once per article, most linked first", () => {
    expect(countPages([["Tony Blair", "Blair"], ["Tony Blair"], ["Tony Blair", "Tony Blair"]])).toEqual([
      { name: "Tony Blair", articles: 3 },
      { name: "Blair", articles: 1 },
    ]);
  });

  it("makes names that share a URL slug one page under the most used spelling", () => {
    expect(countPages([["NATO"], ["Nato"], ["Nato"]])).toEqual([{ name: "Nato", articles: 3 }]);
  });
});

describe("scoreVerdicts", () => {
  const people = [
    { name: "Tony Blair", articles: 9 },
    { name: "Blair", articles: 2 },
    { name: "We've", articles: 1 },
    { name: "Ann Smith", articles: 1 },
  ];
  const tags = [
    { name: "United Nations", articles: 3 },
    { name: "UN", articles: 1 },
    { name: "St", articles: 1 },
    { name: "Group A", articles: 1 },
  ];
  const shares = scoreVerdicts(people, tags, { "Tony Blair": "person", Blair: "duplicate-of:Tony Blair", "We've": "not-person" }, { "United Nations": "ok", UN: "duplicate-of:United Nations", St: "junk", "Group A": "junk" });

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
    expect(scoreVerdicts([{ name: "constructor", articles: 1 }], [], {}, {}).unjudgedPeople).toEqual(["constructor"]);
  });
});

describe("invalidVerdicts", () => {
  it("names verdicts that are none of the allowed forms", () => {
    expect(invalidVerdicts({ A: "person", B: "duplicate-of:A", C: "maybe", D: "duplicate-of:" }, ["person", "not-person"])).toEqual(["C: maybe", "D: duplicate-of:"]);
  });
});
