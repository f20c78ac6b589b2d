import { describe, expect, it } from "vitest";
import { indexName, peopleIndex } from "../../src/render/people-index.ts";

describe("indexName", () => {
  it.each([
    ["Tony Blair", "Blair, Tony", "Blair, Tony"],
    ["Henry E. Hale", "Hale, Henry E.", "Hale, Henry E."],
    ["Jonas Gahr Støre", "Støre, Jonas Gahr", "Støre, Jonas Gahr"],
    ["Ursula von der Leyen", "von der Leyen, Ursula", "Leyen, Ursula von der"],
    ["Paul Van Dyk", "Dyk, Paul Van", "Dyk, Paul Van"],
    ["Martin Luther King Jr.", "King, Martin Luther, Jr.", "King, Martin Luther, Jr."],
    ["Michael Jackson (singer)", "Jackson, Michael (singer)", "Jackson, Michael (singer)"],
    ["Madonna", "Madonna", "Madonna"],
    ["Andrew Lloyd-Webber", "Lloyd-Webber, Andrew", "Lloyd-Webber, Andrew"],
  ])("files %s as %s", (name, display, key) => {
    expect(indexName(name)).toEqual({ display, key });
  });
});

describe("peopleIndex", () => {
  const person = (name: string, articles = 2) => ({
    name,
    articles: Array.from({ length: articles }),
  });

  it("sorts by surname and groups by its initial, letters A–Z then #", () => {
    const groups = peopleIndex([
      person("Tony Blair"),
      person("Gordon Brown"),
      person("Anne Able"),
      person("Émile Zola"),
      person("3M Spokesman Smith"),
      person("Ursula von der Leyen"),
    ]);
    expect(
      groups.map((group) => [group.letter, group.items.map((entry) => entry.name.display)]),
    ).toEqual([
      ["A", ["Able, Anne"]],
      ["B", ["Blair, Tony", "Brown, Gordon"]],
      ["L", ["von der Leyen, Ursula"]],
      ["S", ["Smith, 3M Spokesman"]],
      ["Z", ["Zola, Émile"]],
    ]);
    expect(groups.map((group) => group.id)).toEqual([
      "letter-a",
      "letter-b",
      "letter-l",
      "letter-s",
      "letter-z",
    ]);
  });

  it("sorts accented surnames with their letter, as Intl.Collator does", () => {
    const [group] = peopleIndex([person("Ana Ortiz"), person("Eva Öberg"), person("Ian Oakes")]);
    expect(group!.items.map((entry) => entry.name.display)).toEqual([
      "Oakes, Ian",
      "Öberg, Eva",
      "Ortiz, Ana",
    ]);
  });

  it("folds away the people named in one article only", () => {
    const [group] = peopleIndex([
      person("Tony Blair", 5),
      person("Cherie Blair", 1),
      person("Gordon Brown", 2),
    ]);
    expect(group!.items.map((entry) => entry.person.name)).toEqual(["Tony Blair", "Gordon Brown"]);
    expect(group!.once.map((entry) => entry.person.name)).toEqual(["Cherie Blair"]);
  });

  it("puts names that start with no letter under #", () => {
    expect(peopleIndex([person("Will.i.am"), person("007")]).map((group) => group.letter)).toEqual([
      "W",
      "#",
    ]);
  });
});
