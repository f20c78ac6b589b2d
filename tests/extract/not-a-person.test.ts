import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.ts";
import { isNotAPersonName } from "../../src/extract/not-a-person.ts";

const people = (paragraph: string) =>
  extractArticle({ headline: "A story", paragraphs: [paragraph] }).people.map((p) => p.name);

describe("isNotAPersonName", () => {
  it.each([
    ["an ordinary word", ["Tuesday"]],
    ["a place", ["States"]],
    ["an encyclopaedia article that is no person", ["Politico"]],
    ["a word with a stray capital", ["BuzzFeed"]],
    ["a name cut off at an initial", ["George", "W."]],
    ["an acronym", ["AFL-CIO"]],
    ["a name run on into a word no name ends with", ["Donald", "Trump", "Photographer"]],
    ["a plan named after a person", ["Marshall", "Plan"]],
    ["a lecture named after a person", ["Adam", "Smith", "Lecture"]],
    ["a pair joined by an ampersand", ["Matt", "Lucas", "&", "David", "Walliams"]],
    ["a fictional character the encyclopaedia knows as a franchise", ["Harry", "Potter"]],
    ["an acronym glued to a word", ["CNNMoney"]],
    ["a party's adjective before an ordinary noun", ["Republican", "Agenda"]],
    ["a state's abbreviation read as an initial and a surname", ["W.", "Va"]],
    ["a name an attack is named after", ["Charlie", "Hebdo"]],
  ])("rejects %s", (_, words) => {
    expect(isNotAPersonName(words)).toBe(true);
  });

  it.each([
    ["a surname that is also a word", ["Warren"]],
    ["a surname with a prefix capital", ["McConnell"]],
    ["a full name", ["Mitch", "McConnell"]],
    ["a prefixed surname", ["DeSantis"]],
  ])("accepts %s", (_, words) => {
    expect(isNotAPersonName(words)).toBe(false);
  });

  it("accepts an encyclopaedia title the article names as a person", () => {
    expect(isNotAPersonName(["Tacitus"], true)).toBe(false);
  });
});

describe("people an article names", () => {
  it.each([
    "We are now talking about the President of the United States being investigated.",
    "“The poll is clear,” Politico said on Monday.",
  ])("include nobody in %j", (paragraph) => {
    expect(people(paragraph)).toEqual([]);
  });
});

describe("slogans in another language", () => {
  it("reads no person in a French slogan", () => {
    const people = extractArticle({
      headline: "A story",
      paragraphs: ["They held banners reading “Je Suis Charlie” and “Je Suis Ahmed” on Sunday."],
    }).people;
    expect(people).toEqual([]);
  });
});

describe("months that are also first names", () => {
  it("reads 'in April' as the month and 'Theresa May' as a person", () => {
    expect(
      people("The minister, who in April told reporters he knew nothing, met Theresa May."),
    ).toEqual(["Theresa May"]);
  });
});

describe("named fires", () => {
  it("reads a wildfire named after a place or saint as no person", () => {
    expect(people("The Thomas Fire was 15 percent contained on Saturday.")).toEqual([]);
  });
});

describe("a street's name", () => {
  it("is no person however it begins", () => {
    expect(isNotAPersonName(["Willow", "Drive"])).toBe(true);
    expect(isNotAPersonName(["Penny", "Lane"])).toBe(false);
  });
});

describe("a country's adjective", () => {
  it("is no person, even when its first word is a first name", () => {
    expect(isNotAPersonName(["Sri", "Lankan"])).toBe(true);
    expect(isNotAPersonName(["South", "African"])).toBe(true);
    expect(isNotAPersonName(["Puerto", "Rican"])).toBe(true);
    expect(isNotAPersonName(["Sri", "Mulyani"])).toBe(false);
  });
});

describe("a famous surname with an ordinary word glued on", () => {
  it("names a policy, not a person", () => {
    expect(isNotAPersonName(["Obamacare"])).toBe(true);
    expect(isNotAPersonName(["Trumpcare"])).toBe(true);
    expect(isNotAPersonName(["Obama"])).toBe(false);
  });
});

describe("names of storms, places and posts", () => {
  it.each([
    ["a storm", ["Hurricane", "Irma"]],
    ["a beach town", ["Fernandina", "Beach"]],
    ["a town after a compass word", ["West", "Plattsburgh"]],
    ["a ranch", ["Crawford", "Ranch"]],
    ["a post", ["Warrant", "Officer"]],
    ["a toy island", ["Tracey", "Island"]],
    ["two counties", ["Thurston", "Counties"]],
    ["a radio programme", ["Morning", "Edition"]],
    ["a service", ["Choral", "Mass"]],
  ])("%s is no person", (_what, words) => {
    expect(isNotAPersonName(words)).toBe(true);
  });

  it("leaves surnames that are also such words to people", () => {
    expect(isNotAPersonName(["Kanye", "West"])).toBe(false);
    expect(isNotAPersonName(["Celinda", "Lake"])).toBe(false);
  });
});

describe("a plural the dictionary has only in lower case", () => {
  it("is things, while a plural-looking surname stays a name", () => {
    expect(isNotAPersonName(["Firearms"])).toBe(true);
    expect(isNotAPersonName(["Sanders"])).toBe(false);
  });
});

describe("a people named in the plural", () => {
  it("is no person", () => {
    expect(isNotAPersonName(["Americans"])).toBe(true);
    expect(isNotAPersonName(["Iraqis"])).toBe(true);
  });
});
