import { describe, expect, it } from "vitest";
import {
  applyOverrides,
  extractArticle,
  parseOverrides,
  resolveAcrossCorpus,
  type Extraction,
} from "../../src/extract/index.ts";

const article = (...paragraphs: string[]) => extractArticle({ headline: "Headline", paragraphs });

describe("resolveAcrossCorpus", () => {
  it("links a lone surname to the only full name the corpus knows", () => {
    const [first, second] = resolveAcrossCorpus([
      article("Mara Oyelaran spoke."),
      article('"We will win this," said Oyelaran.'),
    ]);
    expect(second?.people.map((p) => p.name)).toEqual(["Mara Oyelaran"]);
    expect(second?.quotes[0]?.speaker).toBe("Mara Oyelaran");
    expect(first?.people.map((p) => p.name)).toEqual(["Mara Oyelaran"]);
  });

  it("links a surname famous people of both sexes share only when the article says which", () => {
    const [, bare, titled] = resolveAcrossCorpus([
      article("Hillary Clinton spoke."),
      article('"We will win this," said Clinton.'),
      article('"We will win this," said Mrs Clinton.'),
    ]);
    expect(bare?.people.map((p) => p.name)).toEqual(["Clinton"]);
    expect(titled?.people.map((p) => p.name)).toEqual(["Hillary Clinton"]);
    const [, mister] = resolveAcrossCorpus([
      article("Tony Blair spoke."),
      article('"We will win this," said Mr Blair.'),
    ]);
    expect(mister?.people.map((p) => p.name)).toEqual(["Tony Blair"]);
  });

  it("links a lone surname to the full name the site names far more often than any other", () => {
    const many = Array.from({ length: 3 }, () => article("Mara Oyelaran spoke."));
    const out = resolveAcrossCorpus([
      ...many,
      article("Ben Oyelaran spoke."),
      article('"We will win this," said Oyelaran.'),
    ]);
    expect(out.at(-1)?.people.map((p) => p.name)).toEqual(["Mara Oyelaran"]);
  });

  it("reads a name that one article gives as a group as no person elsewhere without a person's evidence", () => {
    const out = resolveAcrossCorpus([
      article("The rock band Franz Ferdinand played in Glasgow."),
      article("Fans cheered Franz Ferdinand at the festival."),
      article('"We are ready," said Franz Ferdinand, a Glasgow teacher.'),
    ]);
    expect(out[0]?.organisations).toContain("Franz Ferdinand");
    expect(out[1]?.people.map((p) => p.name)).not.toContain("Franz Ferdinand");
    expect(out[2]?.people.map((p) => p.name)).toContain("Franz Ferdinand");
  });

  it("keeps a person whom more articles give a person's evidence than read as a group", () => {
    const out = resolveAcrossCorpus([
      article("The rock band Mitt Romney played in Boston."),
      article("Governor Mitt Romney spoke in Boston on Monday."),
      article("Former Governor Mitt Romney campaigned in Ohio."),
      article("Crowds cheered Mitt Romney at the rally."),
    ]);
    expect(out[3]?.people.map((p) => p.name)).toContain("Mitt Romney");
  });

  it("links a titled lone surname to the full name that holds the same office on the site", () => {
    const sites = resolveAcrossCorpus([
      article("US President George W Bush spoke on Monday."),
      article("US President George W Bush flew to Texas."),
      article("President George W Bush signed the bill."),
      article("Singer Kate Bush released an album."),
      article("The deficit grew in President Bush's first term."),
    ]);
    expect(sites[4]?.people.map((p) => p.name)).toEqual(["George W Bush"]);
    expect(sites[3]?.people.map((p) => p.name)).toEqual(["Kate Bush"]);
  });

  it("gives a full name the one-word name the site uses for the person in more stories", () => {
    const sites = resolveAcrossCorpus([
      article("The singer, full name Jamelia Davis, was signed at 15. Jamelia said she was happy."),
      article("Pop star Jamelia won two awards, Jamelia said."),
      article("Singer Jamelia topped the chart, Jamelia said."),
    ]);
    expect(sites.map((e) => e.people.map((p) => p.name))).toEqual([
      ["Jamelia"],
      ["Jamelia"],
      ["Jamelia"],
    ]);
  });

  it("leaves a lone name the encyclopaedia has an article for to its subject, not a namesake", () => {
    const out = resolveAcrossCorpus([
      article("Prop Andrea Lo Cicero scored a try for Italy."),
      article("The play quotes authors like Cicero, Virgil and Tacitus."),
    ]);
    expect(out[1]?.people.map((p) => p.name)).toContain("Cicero");
    expect(out[1]?.people.map((p) => p.name)).not.toContain("Andrea Lo Cicero");
  });

  it("leaves a lone surname alone when two full names share it", () => {
    const out = resolveAcrossCorpus([
      article("John Smith spoke."),
      article("Jane Smith spoke."),
      article('"We will win this," said Smith.'),
    ]);
    expect(out[2]?.people.map((p) => p.name)).toEqual(["Smith"]);
  });

  it("spells a tag the way most articles do", () => {
    const make = (org: string): Extraction => ({
      people: [],
      places: [],
      organisations: [org],
      topics: [],
      quotes: [],
    });
    const out = resolveAcrossCorpus([make("NATO"), make("NATO"), make("Nato")]);
    expect(out.map((e) => e.organisations[0])).toEqual(["NATO", "NATO", "NATO"]);
  });

  const make = (e: Partial<Extraction>): Extraction => ({
    people: [],
    places: [],
    organisations: [],
    topics: [],
    quotes: [],
    ...e,
  });

  it("gives one person spelled with and without full stops the spelling most articles use", () => {
    const out = resolveAcrossCorpus([
      make({ people: [{ name: "George W. Bush", forms: [] }] }),
      make({ people: [{ name: "George W. Bush", forms: [] }] }),
      make({
        people: [{ name: "George W Bush", forms: [] }],
        quotes: [{ speaker: "George W Bush", text: "We will stay the course." }],
      }),
    ]);
    expect(out.map((e) => e.people[0]?.name)).toEqual([
      "George W. Bush",
      "George W. Bush",
      "George W. Bush",
    ]);
    expect(out[2]?.quotes[0]?.speaker).toBe("George W. Bush");
  });

  it("joins an acronym tag to the full name it abbreviates", () => {
    const out = resolveAcrossCorpus([
      make({ organisations: ["European Union"] }),
      make({ organisations: ["EU"] }),
      make({ organisations: ["EU", "UN"] }),
    ]);
    expect(out.map((e) => e.organisations)).toEqual([
      ["European Union"],
      ["European Union"],
      ["European Union", "UN"],
    ]);
  });

  it("reads a name the way most articles do: a club in most is no person in one", () => {
    const out = resolveAcrossCorpus([
      make({ organisations: ["Arsenal"] }),
      make({ organisations: ["Arsenal"] }),
      make({
        people: [
          { name: "Arsenal", forms: [] },
          { name: "Thierry Henry", forms: [] },
        ],
        quotes: [{ speaker: "Arsenal", text: "We played very well today." }],
      }),
    ]);
    expect(out[2]?.people.map((p) => p.name)).toEqual(["Thierry Henry"]);
    expect(out[2]?.quotes[0]?.speaker).toBeUndefined();
  });

  it("returns new objects and does not touch its input", () => {
    const input = [article("Tony Blair spoke."), article('"We will win this," said Blair.')];
    const before = JSON.stringify(input);
    resolveAcrossCorpus(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe("overrides", () => {
  it.each([
    [
      { people: { "Tony Blair": { aliases: "Blair" } } },
      undefined,
      /people\.yaml: people\."Tony Blair"\.aliases: expected a list of names/,
    ],
    [{ peeple: {} }, undefined, /people\.yaml: \(top level\): unknown key\(s\) peeple/],
    [undefined, { ban: "Government" }, /tags\.yaml: ban: expected a list of names/],
    [undefined, { rename: { Nato: 3 } }, /tags\.yaml: rename\.Nato: expected a name/],
  ])("names the wrong key and what it expects (%#)", (people, tags, message) => {
    expect(() => parseOverrides(people, tags)).toThrow(message);
  });

  it("accepts absent files", () => {
    expect(parseOverrides(undefined, undefined).people).toEqual({});
  });

  const overrides = parseOverrides(
    {
      people: {
        "Tony Blair": { aliases: ["Blair"], role: "Prime Minister", bio: "UK prime minister." },
      },
      not_people: ["Peace Deal"],
      namesakes: {
        "Michael Jackson": [
          { name: "Michael Jackson (singer)", tags: ["Music"] },
          { name: "Michael Jackson (writer)", default: true },
        ],
      },
    },
    { rename: { Nato: "NATO" }, merge: { "European Union": ["EU"] }, ban: ["Government"] },
  );
  const base: Extraction = {
    people: [
      { name: "Blair", forms: ["Mr Blair"] },
      { name: "Peace Deal", forms: [] },
      { name: "Michael Jackson", forms: [] },
    ],
    places: [],
    organisations: ["Nato", "EU", "Government"],
    topics: [],
    quotes: [
      { speaker: "Blair", text: "We will win." },
      { speaker: "Peace Deal", text: "Get it done now." },
    ],
  };

  it("merges an alias into the canonical name and gives role and bio", () => {
    const out = applyOverrides(base, overrides);
    expect(out.people[0]).toEqual({
      name: "Tony Blair",
      forms: ["Blair", "Mr Blair"],
      role: "Prime Minister",
      bio: "UK prime minister.",
    });
    expect(out.quotes[0]?.speaker).toBe("Tony Blair");
  });

  it("drops a name marked not a person and unattributes its quotes", () => {
    const out = applyOverrides(base, overrides);
    expect(out.people.some((p) => p.name === "Peace Deal")).toBe(false);
    expect(out.quotes[1]).toEqual({ text: "Get it done now." });
  });

  it.each([
    [["Music"], "Michael Jackson (singer)"],
    [["Aviation"], "Michael Jackson (writer)"],
  ])("splits namesakes by the article's tags %j", (topics, name) => {
    const out = applyOverrides({ ...base, topics }, overrides);
    expect(out.people.map((p) => p.name)).toContain(name);
  });

  it("renames, merges and bans tags", () => {
    expect(applyOverrides(base, overrides).organisations).toEqual(["NATO", "European Union"]);
  });
});
