// Context cues, with invented sentences: what the words around a name say about it.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";

const read = (...paragraphs: string[]) => extractArticle({ headline: "Headline", paragraphs });
const names = (...paragraphs: string[]) =>
  read(...paragraphs)
    .people.map((p) => p.name)
    .sort();

describe("people from context", () => {
  it.each([
    [
      "a name in a list with other names",
      ["Nominees are Anna Kovacs, Victoria Hamilton and Peter Marsh."],
      ["Anna Kovacs", "Peter Marsh", "Victoria Hamilton"],
    ],
    [
      "figures named in a list after 'authors like'",
      ["He quoted classical authors like Cicero and Tacitus."],
      ["Cicero", "Tacitus"],
    ],
    [
      "an actor whose first name is an ordinary word",
      ["The award went to US actor Christian Slater."],
      ["Christian Slater"],
    ],
    [
      "a post-nominal MP",
      ["The study was run with the help of Margaret Moran MP."],
      ["Margaret Moran"],
    ],
    [
      "a knight called by title and first name",
      ["Sir Digby Jones spoke first.", "Sir Digby added that he agreed."],
      ["Digby Jones"],
    ],
    [
      "no person in a work's title",
      ["The stage version of the film Mary Poppins opened.", "Mary Poppins was a hit."],
      [],
    ],
    ["no person in an event", ["The announcement came before the General Election."], []],
    ["no person in a park", ["The new stadium in Stanley Park will open in 2027."], []],
    ["no person in a company with a model number", ["The airline took six Airbus A321 jets."], []],
  ])("finds %s", (_title, paragraphs, expected) => {
    expect(names(...paragraphs)).toEqual(expected);
  });

  it.each([
    [
      "The airline's boss, Rod Eddington, BA's chief executive, said so.",
      "Rod Eddington",
      "BA's chief executive",
    ],
    [
      "Ken Mayland, president of ClearView Economics, was cautious.",
      "Ken Mayland",
      "president of ClearView Economics",
    ],
    ["The Kyrgyz President, Askar Akaev, signed the law.", "Askar Akaev", "Kyrgyz President"],
    ['"Growth will slow," said aviation analyst Mike Powell.', "Mike Powell", "aviation analyst"],
  ])("reads the role in %j", (sentence, name, role) => {
    expect(read(sentence).people.find((p) => p.name === name)?.role).toBe(role);
  });
});

describe("organisations and places from context", () => {
  it.each([
    [
      "Aviation analyst Mike Powell of Dresdner Kleinwort Wasserstein was unimpressed.",
      "Dresdner Kleinwort Wasserstein",
    ],
    ["Glenmorangie, one of Scotland's premier whisky firms, was sold.", "Glenmorangie"],
    ["It owns snack chains such as Dunkin' Donuts and Baskin-Robbins.", "Baskin-Robbins"],
    ["The Reporters Without Borders group said so in a report.", "Reporters Without Borders"],
    ["He told the Reuters news agency that talks had failed.", "Reuters"],
    ["The Critics' Circle named her best newcomer.", "Critics' Circle"],
    ["The show will be broadcast on Channel 4 next year.", "Channel 4"],
    [
      "The Food and Agriculture Organisation issued a warning.",
      "Food and Agriculture Organisation",
    ],
    ["The Scottish Executive believes the law should change.", "Scottish Executive"],
  ])("finds the organisation in %j", (sentence, organisation) => {
    expect(read(sentence).organisations).toContain(organisation);
  });

  it.each([
    ["The Norwich Union Grand Prix was a success.", []],
    ["Its brands include Havana Club rum.", []],
    ["He was last seen walking through the door of 10 Downing Street.", []],
    ["Hollywood studios are worried.", []],
  ])("finds no organisation in %j", (sentence, expected) => {
    expect(read(sentence).organisations).toEqual(expected);
  });

  it("finds towns by a locative or a list of places", () => {
    const places = read(
      "He spoke in Gateshead on Sunday.",
      "He will visit Manchester, Leicester, Basingstoke and Torbay.",
    ).places;
    expect(places).toEqual(
      expect.arrayContaining(["Gateshead", "Manchester", "Leicester", "Basingstoke", "Torbay"]),
    );
  });

  it("reads 'Moscow-based' as a place and keeps the person", () => {
    const e = read('"It is a loan," said Moscow-based US lawyer Jamie Firestone.');
    expect(e.places).toEqual(expect.arrayContaining(["Moscow", "United States"]));
    expect(e.people.map((p) => p.name)).toEqual(["Jamie Firestone"]);
  });
});

describe("an appositive that describes a person", () => {
  it("makes an unknown name a person", () => {
    const got = extractArticle({
      headline: "H",
      paragraphs: ["The bureau interviewed Zorvan Kelt, an obscure energy consultant, twice."],
    });
    expect(got.people.map((p) => p.name)).toEqual(["Zorvan Kelt"]);
  });
});

describe("a person's own cue against a business cue", () => {
  it("keeps an analyst named beside the firm he works for a person", () => {
    const got = extractArticle({
      headline: "A story",
      paragraphs: ["Firas Abi-Ali, an analyst for the consulting firm IHS, said so."],
    });
    expect(got.people.map((p) => p.name)).toEqual(["Firas Abi-Ali"]);
    expect(got.organisations).toEqual(["IHS"]);
  });
});

describe("a person's appositive with an organisation inside", () => {
  it("reads a surname that is also a building word as a surname after a first name", () => {
    expect(
      read("Steven Hall, a former senior CIA operations officer, warned of the risk.").people.map(
        (p) => p.name,
      ),
    ).toEqual(["Steven Hall"]);
    expect(read("The band played the Royal Albert Hall.").people).toEqual([]);
  });
});

describe("a first name that is also a company's", () => {
  it("reads a person with a person's cue, and a product without one", () => {
    const got = read(
      "“A strong turnout could cause him to lose,” said Ford O’Connell, a Republican strategist.",
      "He drove a Ford Focus to work.",
    );
    expect(got.people.map((p) => p.name)).toEqual(["Ford O’Connell"]);
    expect(got.quotes[0]?.speaker).toBe("Ford O’Connell");
  });
});
