// Invented US and world politics wire sentences (not from any corpus): the extractor must
// generalise beyond the BBC gold set — people found with their roles, no title leaking
// into a name, organisations and places read right.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";

const read = (...paragraphs: string[]) => extractArticle({ headline: "Talks resume", paragraphs });

describe("US and world politics wire copy", () => {
  it.each([
    [
      "Secretary of State Marco Rubio arrived in Riyadh on Monday.",
      "Marco Rubio",
      "Secretary of State",
    ],
    [
      "Senate Majority Leader John Thune said the vote would wait.",
      "John Thune",
      "Senate Majority Leader",
    ],
    [
      "The bill now goes to House Speaker Mike Johnson, aides said.",
      "Mike Johnson",
      "House Speaker",
    ],
    [
      "Rep. Alexandria Ocasio-Cortez, D-N.Y., voted against it.",
      "Alexandria Ocasio-Cortez",
      "Representative",
    ],
    ["Sen. Chuck Schumer (D-N.Y.) called for a recount.", "Chuck Schumer", "Senator"],
    ["French President Emmanuel Macron hosted the summit.", "Emmanuel Macron", "French President"],
    [
      "Ukrainian President Volodymyr Zelenskyy thanked the allies.",
      "Volodymyr Zelenskyy",
      "Ukrainian President",
    ],
    [
      "Israeli Prime Minister Benjamin Netanyahu met the envoy.",
      "Benjamin Netanyahu",
      "Israeli Prime Minister",
    ],
    ["The plan was backed by former President Joe Biden.", "Joe Biden", "former President"],
    ["Vice President JD Vance spoke at the rally.", "JD Vance", "Vice President"],
    [
      "Rod Eddington, the airline's chief executive, resigned.",
      "Rod Eddington",
      "airline's chief executive",
    ],
    [
      "The talks were led by Spain's economy minister Carlos Cuerpo.",
      "Carlos Cuerpo",
      "economy minister",
    ],
    [
      "Maria Lopez, a senior analyst at Eurasia Group, was sceptical.",
      "Maria Lopez",
      "senior analyst at Eurasia Group",
    ],
    [
      "White House press secretary Karoline Leavitt said the president would sign it.",
      "Karoline Leavitt",
      "White House press secretary",
    ],
    ["Kremlin spokesman Dmitry Peskov declined to comment.", "Dmitry Peskov", "Kremlin spokesman"],
    [
      "Senate Democratic leader Chuck Schumer of New York objected.",
      "Chuck Schumer",
      "Senate Democratic leader",
    ],
    ["Chinese President Xi Jinping spoke by phone.", "Xi Jinping", "Chinese President"],
    ["North Korean leader Kim Jong Un oversaw the test.", "Kim Jong Un", "North Korean leader"],
    [
      "European Commission President Ursula von der Leyen arrived.",
      "Ursula von der Leyen",
      "European Commission President",
    ],
    [
      "Philippine President Ferdinand Marcos Jr. flew home.",
      "Ferdinand Marcos Jr.",
      "Philippine President",
    ],
    ["Attorney General Pam Bondi said the department would sue.", "Pam Bondi", "Attorney General"],
  ])("reads %j", (sentence, name, role) => {
    const people = read(sentence).people;
    expect(people.map((p) => p.name)).toEqual([name]);
    expect(people[0]?.role).toBe(role);
  });

  it("keeps Donald Trump Jr. apart from his father and finds both", () => {
    const names = read("Donald Trump Jr. praised the deal that Donald Trump signed.").people.map(
      (p) => p.name,
    );
    expect(names.sort()).toEqual(["Donald Trump", "Donald Trump Jr."]);
  });

  it("reads the party-and-state tag as a party and a state, never a person", () => {
    const e = read(
      "Rep. Alexandria Ocasio-Cortez, D-N.Y., and Sen. Ted Cruz (R-Texas) traded barbs.",
    );
    expect(e.people.map((p) => p.name).sort()).toEqual(["Alexandria Ocasio-Cortez", "Ted Cruz"]);
    expect(e.organisations).toEqual(
      expect.arrayContaining(["Democratic Party", "Republican Party"]),
    );
    expect(e.places).toEqual(expect.arrayContaining(["New York", "Texas"]));
  });

  it.each([
    ["The Kremlin said the talks were useful.", "Kremlin"],
    ["The Pentagon declined to comment.", "Pentagon"],
    ["The European Commission proposed new tariffs.", "European Commission"],
    ["Israel said Hamas had rejected the offer.", "Hamas"],
    [
      "The United Nations Security Council met in emergency session.",
      "United Nations Security Council",
    ],
    ["The measure cleared Congress on Friday.", "Congress"],
    ["Officials at the State Department were briefed.", "State Department"],
    ["South Korea's Joint Chiefs of Staff said the missile flew 600 km.", "Joint Chiefs of Staff"],
    ["BEIJING (Reuters) - Trade talks resumed on Monday.", "Reuters"],
    ["The Supreme Court is expected to rule by June.", "Supreme Court"],
  ])("finds the organisation in %j and no person", (sentence, organisation) => {
    const e = read(sentence);
    expect(e.organisations).toContain(organisation);
    expect(e.people).toEqual([]);
  });

  it("finds people, places and bodies together without title leakage", () => {
    const e = read(
      "Ukrainian President Volodymyr Zelenskyy met Secretary of State Marco Rubio in Kyiv, while the Kremlin warned NATO.",
      '"We want a just peace," Zelenskyy told reporters.',
    );
    expect(e.people.map((p) => p.name).sort()).toEqual(["Marco Rubio", "Volodymyr Zelenskyy"]);
    expect(e.places).toContain("Kyiv");
    expect(e.organisations).toEqual(expect.arrayContaining(["Kremlin", "NATO"]));
    expect(e.quotes).toEqual([{ speaker: "Volodymyr Zelenskyy", text: "We want a just peace" }]);
    for (const p of e.people) expect(p.name).not.toMatch(/President|Secretary|Sen\.|Rep\./);
  });

  it("reads a wire dateline, a body named with 'and', and an acronym with dots", () => {
    const e = read(
      "WASHINGTON (AP) — The Office of Management and Budget did not respond.",
      "U.N. officials said the United Nations was alarmed.",
    );
    expect(e.places).toEqual(["Washington"]);
    expect(e.organisations).toEqual(
      expect.arrayContaining(["Office of Management and Budget", "United Nations"]),
    );
    expect(e.organisations).not.toContain("U.N.");
    expect(e.people).toEqual([]);
  });

  it("names firms with no cue but their context", () => {
    const e = read(
      "Shares in Dresdner Kleinwort Wasserstein fell 3%.",
      '"It is a modest result," said analyst Nick Van den Brul of BNP Paribas.',
      "Acme Holdings, the Ohio-based chemicals group, said in a statement it would appeal.",
    );
    expect(e.organisations).toEqual(
      expect.arrayContaining(["Dresdner Kleinwort Wasserstein", "BNP Paribas", "Acme Holdings"]),
    );
    expect(e.people.map((p) => p.name)).toEqual(["Nick Van den Brul"]);
  });
});
