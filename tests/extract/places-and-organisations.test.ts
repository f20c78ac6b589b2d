import { describe, expect, it } from "vitest";
import { extractArticle, tagsOf } from "../../src/extract/index.ts";
import { foldName } from "../../src/extract/fold-name.ts";

const read = (...paragraphs: string[]) => extractArticle({ headline: "Headline", paragraphs });

describe("places and organisations", () => {
  it("reads a firm named with a possessive whole, and a person's possessive as no firm", () => {
    const orgs = read(
      "MTV will give McDonald's access to homes. Sainsbury's profits rose.",
    ).organisations;
    expect(orgs).toEqual(expect.arrayContaining(["McDonald's", "Sainsbury's"]));
    expect(read("Wendy's mother spoke on Monday.").organisations).toEqual([]);
  });

  it("reads a party's plural possessive as no part of the name after it", () => {
    expect(read("The aim is to increase the Tories' Commons presence.").organisations).toEqual([
      "Conservative Party",
      "House of Commons",
    ]);
  });

  it.each([
    ["U.S.", "United States"],
    ["US", "United States"],
    ["America", "United States"],
    ["UK", "United Kingdom"],
    ["Britain", "United Kingdom"],
    ["Kiev", "Kyiv"],
  ])("canonicalises %s as %s", (written, canonical) => {
    expect(read(`Officials in ${written} were worried.`).places).toEqual([canonical]);
  });

  it.each([
    ["the Tories", "Conservative Party"],
    ["Labour", "Labour Party"],
    ["the Lib Dems", "Liberal Democrats"],
  ])("maps %s to the party %s", (written, party) => {
    expect(read(`Officials from ${written} were worried.`).organisations).toEqual([party]);
  });

  it.each([
    ["He studied at George Washington University.", "George Washington University"],
    ["The Bank of England raised rates.", "Bank of England"],
    ["Officials at NATO were worried.", "NATO"],
  ])("finds the organisation in %j", (sentence, organisation) => {
    expect(read(sentence).organisations).toContain(organisation);
  });

  it("splits a hyphenated pair of places", () => {
    expect(read("The Russia-Ukraine war goes on.").places).toEqual(["Russia", "Ukraine"]);
  });

  it("does not take shouted words in a quote for organisations", () => {
    expect(read('He wrote: "STOP the war and get it DONE now!"').organisations).toEqual([]);
  });

  it("tags an article with at most ten deduplicated tags", () => {
    const tags = tagsOf(
      read(
        "Paris, London, Berlin, Madrid, Rome, Vienna and Kyiv met NATO, the IMF, the UN and the EU.",
      ),
    );
    expect(tags.length).toBeLessThanOrEqual(10);
    expect(new Set(tags.map(foldName)).size).toBe(tags.length);
  });
});

describe("fold-name", () => {
  it.each([
    ["Støre", "store"],
    ["Łukasz", "lukasz"],
    ["Æsop", "aesop"],
    ["Straße", "strasse"],
    ["José", "jose"],
  ])("folds %s to %s", (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });
});

describe("cost guards", () => {
  it("finishes a one-megabyte single line quickly", () => {
    const line = 'Aa Bb "cc '.repeat(100_000);
    read("Obama said the lexicon and the knowledge source load once, outside the timed run."); // one-off loads
    const started = performance.now();
    read(line);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("strips zero-width characters inside names", () => {
    expect(read("Tony\u200B Blair said so to Gordon Brown.").people.map((p) => p.name)).toContain(
      "Gordon Brown",
    );
  });
});

describe("the House of Representatives and the Joint Chiefs", () => {
  it("stay organisations though their last words are offices in the plural", () => {
    const got = extractArticle({
      headline: "A story",
      paragraphs: ["The House of Representatives voted after the Joint Chiefs of Staff spoke."],
    });
    expect(got.people).toEqual([]);
    expect(got.organisations).toEqual(
      expect.arrayContaining(["House of Representatives", "Joint Chiefs of Staff"]),
    );
  });
});
