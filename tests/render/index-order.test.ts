import { describe, expect, it } from "vitest";
import { byArticleCount, groupByInitial, initialOf } from "../../src/render/index-order.ts";

const entity = (name: string, count: number) => ({
  name,
  articles: Array.from({ length: count }, (_, i) => i),
});

describe("byArticleCount", () => {
  it("puts the most covered first and keeps A–Z order among equals", () => {
    const sorted = byArticleCount([
      entity("Apple", 1),
      entity("Bank", 3),
      entity("Cars", 1),
      entity("Dogs", 3),
    ]);
    expect(sorted.map((e) => e.name)).toEqual(["Bank", "Dogs", "Apple", "Cars"]);
  });

  it("leaves its input alone", () => {
    const input = [entity("A", 1), entity("B", 2)];
    byArticleCount(input);
    expect(input.map((e) => e.name)).toEqual(["A", "B"]);
  });
});

describe("initialOf", () => {
  it.each([
    ["Ada Lovelace", "A"],
    ["émile Zola", "E"],
    ["Øystein Ore", "O"],
    ["Łukasz Fabiański", "L"],
    ["'Kid' Jones", "K"],
    ["3M", "#"],
    ["北京", "#"],
  ])("files %s under %s", (name, letter) => {
    expect(initialOf(name)).toBe(letter);
  });
});

describe("groupByInitial", () => {
  it("groups by letter, letters in order and others last, with ids for jump links", () => {
    const groups = groupByInitial([
      { name: "3M" },
      { name: "Ada" },
      { name: "Émile" },
      { name: "Alan" },
    ]);
    expect(groups.map((g) => [g.letter, g.id, g.items.map((i) => i.name)])).toEqual([
      ["A", "letter-a", ["Ada", "Alan"]],
      ["E", "letter-e", ["Émile"]],
      ["#", "letter-other", ["3M"]],
    ]);
  });
});
