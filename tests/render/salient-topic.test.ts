import { describe, expect, it } from "vitest";
import { occurrences, salientTopic } from "../../src/render/salient-topic.ts";

const review = {
  title: "Mario returns on the N64",
  description: "Nintendo's N64 gets its best game yet.",
  body: "Nintendo's N64 gets its best game yet.\n\nThe N64 version, unlike the one sold in Iraq, runs fast. Nintendo said sales were strong.",
  tags: ["Iraq", "Nintendo", "N64"],
};

describe("salientTopic", () => {
  it("picks the topic the headline and lede are about, not the first tag", () => {
    expect(salientTopic(review)).toBe("N64");
  });

  it("ranks a topic in the headline above one named more often in the body", () => {
    const article = {
      title: "Ink helps drive democracy in Asia",
      description: "",
      body: "Elections. Elections. Elections in Asia.",
      tags: ["Elections", "Asia"],
    };
    expect(salientTopic(article)).toBe("Asia");
  });

  it("breaks a tie by the topic with more articles on the site", () => {
    const article = {
      title: "Talks",
      description: "",
      body: "York and Leeds.",
      tags: ["York", "Leeds"],
    };
    expect(
      salientTopic(
        article,
        new Map([
          ["York", 2],
          ["Leeds", 9],
        ]),
      ),
    ).toBe("Leeds");
    expect(salientTopic(article)).toBe("York");
  });

  it("gives an article without topics none", () => {
    expect(salientTopic({ title: "t", description: "", body: "", tags: [] })).toBeUndefined();
  });
});

describe("occurrences", () => {
  it.each([
    ["the us and the bus", "us", 1],
    ["n64, n64! (n64)", "n64", 3],
    ["usa", "us", 0],
  ])("counts whole words only in %j", (text, name, count) => {
    expect(occurrences(text, name)).toBe(count);
  });
});
