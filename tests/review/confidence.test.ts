import { describe, expect, it } from "vitest";
import {
  describeEvidence,
  personConfidence,
  tagConfidence,
  type PersonEvidence,
  type TagEvidence,
} from "../../src/review/confidence.ts";

const person = (e: Partial<PersonEvidence>): PersonEvidence => ({
  articles: 1,
  fullName: false,
  titled: false,
  quoted: false,
  repeated: false,
  prominent: false,
  contested: false,
  ...e,
});
const tag = (e: Partial<TagEvidence>): TagEvidence => ({
  articles: 1,
  leading: false,
  prominent: false,
  contested: false,
  ...e,
});
const THRESHOLD = 0.5;

describe("personConfidence", () => {
  it.each([
    ["a quoted full name", person({ fullName: true, quoted: true })],
    ["a titled full name", person({ fullName: true, titled: true })],
    ["a full name named again in another form", person({ fullName: true, repeated: true })],
    ["a surname named in two articles", person({ articles: 2 })],
    [
      "a full name in three articles, quoted and titled",
      person({ articles: 3, fullName: true, quoted: true, titled: true }),
    ],
  ])("passes the default threshold for %s", (_, evidence) => {
    expect(personConfidence(evidence)).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it.each([
    ["a bare word once", person({}), 0],
    ["a full name once", person({ fullName: true }), 0.2],
    ["a titled single word", person({ titled: true }), 0.3],
    ["a full name in the headline only", person({ fullName: true, prominent: true }), 0.4],
    [
      "a quoted full name that another article has as a tag",
      person({ fullName: true, quoted: true, contested: true }),
      0.2,
    ],
  ])("keeps %s below it", (_, evidence, score) => {
    expect(personConfidence(evidence)).toBe(score);
  });

  it("grows with the number of articles and never passes 1", () => {
    const scores = [1, 2, 3].map((articles) =>
      personConfidence(person({ articles, fullName: true })),
    );
    expect(scores).toEqual([0.2, 0.7, 0.8]);
    expect(
      personConfidence(
        person({
          articles: 9,
          fullName: true,
          titled: true,
          quoted: true,
          repeated: true,
          prominent: true,
        }),
      ),
    ).toBe(1);
  });
});

describe("tagConfidence", () => {
  it.each([
    ["a tag of one article", tag({}), 0.5],
    ["a tag named in a headline", tag({ prominent: true }), 0.6],
    ["a story's leading tag", tag({ leading: true }), 0.7],
    ["a tag in two articles", tag({ articles: 2 }), 0.6],
    [
      "a leading tag in three articles, in a headline",
      tag({ articles: 3, leading: true, prominent: true }),
      1,
    ],
    ["a tag another article has as a person", tag({ contested: true }), 0.4],
  ])("scores %s", (_, evidence, score) => {
    expect(tagConfidence(evidence)).toBe(score);
  });
});

describe("describeEvidence", () => {
  it("names the evidence found and nothing else", () => {
    expect(describeEvidence(person({ fullName: true, quoted: true }))).toEqual([
      "full name",
      "quoted",
    ]);
    expect(describeEvidence(tag({}))).toEqual([]);
  });
});
