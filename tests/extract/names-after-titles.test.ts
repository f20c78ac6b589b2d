import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import { sexOfHonorific } from "../../src/extract/title-words.ts";

const people = (paragraph: string) =>
  extractArticle({ headline: "A story", paragraphs: [paragraph] }).people;

describe("names after titles and initials", () => {
  it("reads a first name that is also a title word as the first name after another title", () => {
    expect(people("And Sen. Dean Heller (R-Nev.) says conventions are a waste.")).toEqual([
      { name: "Dean Heller", forms: [], role: "Senator" },
    ]);
  });

  it("reads 'Bill' after a title as a first name, not a bill", () => {
    expect(
      people("Sen. Bill Nelson and Rep. Bill Young (R-Fla.) voted no.").map((p) => p.name),
    ).toEqual(["Bill Nelson", "Bill Young"]);
  });

  it("reads a demonym after an abbreviated title as a first name, and before a title as the role's", () => {
    expect(people("It differed from the account of Rep. Dutch Ruppersberger (D-Md.).")).toEqual([
      { name: "Dutch Ruppersberger", forms: [], role: "Representative" },
    ]);
    expect(people("Dutch Prime Minister Mark Rutte spoke.")).toEqual([
      { name: "Mark Rutte", forms: [], role: "Dutch Prime Minister" },
    ]);
  });

  it("reads a name before a generational suffix whole, whatever title word it passes", () => {
    expect(
      people("It is the motel where civil rights leader Martin Luther King Jr. was shot.").map(
        (p) => p.name,
      ),
    ).toEqual(["Martin Luther King Jr."]);
  });

  it.each([
    ["Texas Governor-turned-President George W. Bush spoke.", "George W. Bush"],
    ["Senator-elect Jane Roe spoke.", "Jane Roe"],
  ])("reads a compound of offices as a title: %s", (paragraph, name) => {
    expect(people(paragraph).map((p) => p.name)).toEqual([name]);
  });

  it("reads an office word after a first name as a surname, and a royal title as a title", () => {
    expect(
      people("They hired contractor Erik Prince. He met Prince Harry.").map((p) => p.name),
    ).toEqual(["Erik Prince", "Harry"]);
  });

  it("reads an honorific and a word the encyclopaedia has as one thing as no person", () => {
    expect(
      people("A former Miss Universe met Miss Marple. Mr. Blair spoke.").map((p) => p.name),
    ).toEqual(["Blair"]);
  });

  it("reads 'I.' ending a sentence as the pronoun, and after a first name as an initial", () => {
    expect(
      people("Neither will I. So wherever I can, I will act. Jane I. Roe agreed.").map(
        (p) => p.name,
      ),
    ).toEqual(["Jane I. Roe"]);
  });

  it.each([
    ["CNN commentator S.E. Cupp commented on Twitter.", "S.E. Cupp"],
    ["The sermon by Bishop T.D. Jakes drew crowds.", "T.D. Jakes"],
  ])("reads dotted initials before a surname as a first name: %s", (paragraph, name) => {
    expect(people(paragraph).map((p) => p.name)).toEqual([name]);
  });

  it("reads an office's last word as no person, and a surname after an office as one", () => {
    expect(
      people(
        "He sent transcripts to the Director of National Intelligence. He met Secretary of State Tillerson.",
      ).map((p) => p.name),
    ).toEqual(["Tillerson"]);
  });

  it("reads abbreviated ranks as titles and a show named after its host as no person", () => {
    expect(
      people("Press secretary Rear Adm. John Kirby spoke. The show Dan Rather Reports aired.").map(
        (p) => p.name,
      ),
    ).toEqual(["John Kirby"]);
  });

  it("keeps a double first name whose first part is also a word", () => {
    expect(
      people("The money came from tequila founder Jean Paul DeJoria last year.").map((p) => p.name),
    ).toEqual(["Jean Paul DeJoria"]);
  });

  it("keeps a leading initial as part of the name", () => {
    expect(
      people("The patient pays, says G. William Hoagland, senior vice president of the firm.").map(
        (p) => p.name,
      ),
    ).toEqual(["G. William Hoagland"]);
  });
});

describe("a famous surname used as a modifier", () => {
  it("is a mention of its one famous bearer", () => {
    expect(
      extractArticle({
        headline: "A story",
        paragraphs: ["Manafort joined the Trump campaign in March 2016, officials said."],
      }).people.map((p) => p.name),
    ).toContain("Donald Trump");
  });

  it("keeps name particles lower-case in the full name", () => {
    expect(
      extractArticle({
        headline: "A story",
        paragraphs: ["The orchestra played a Beethoven symphony to a full hall."],
      }).people.map((p) => p.name),
    ).toEqual(["Ludwig van Beethoven"]);
  });

  it("is not a place named after a comma", () => {
    expect(
      extractArticle({
        headline: "A story",
        paragraphs: ["Louis DeSipio, of the University of California, Irvine, said so."],
      }).people.map((p) => p.name),
    ).toEqual(["Louis DeSipio"]);
  });
});

describe("a government named after its head", () => {
  it("names no person on its own (LABELLING.md)", () => {
    expect(
      extractArticle({
        headline: "A story",
        paragraphs: ["Scientists say the Trump administration is holding up a report."],
      }).people,
    ).toEqual([]);
  });
});

describe("a first name with a generational suffix", () => {
  it("folds into the person with that first name and suffix, never into the father", () => {
    const people = extractArticle({
      headline: "A story",
      paragraphs: [
        "Donald Trump Jr. met a lawyer in June. Donald Jr. said the meeting was short.",
        "Donald Trump said nothing.",
      ],
    }).people;
    expect(people.map((p) => p.name)).toEqual(["Donald Trump Jr.", "Donald Trump"]);
    expect(people[0]!.forms).toEqual(["Donald Jr."]);
  });
});

describe("sexOfHonorific", () => {
  it("reads the sex of a courtesy title however it is spelled, and none of an office", () => {
    expect(sexOfHonorific("Mr.")).toBe("male");
    expect(sexOfHonorific("MRS")).toBe("female");
    expect(sexOfHonorific("Senator")).toBeUndefined();
  });
});
