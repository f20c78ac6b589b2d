import { describe, expect, it } from "vitest";
import { parse, parseDocument } from "yaml";
import { parseOverrides } from "../../src/extract/parse-overrides.ts";
import { recordDecision, type Decision } from "../../src/review/record-decision.ts";

const PEOPLE = `# The editor's people file: comments must survive.
people:
  "Tony Blair":                       # the canonical name
    aliases: ["Blair"]
    role: "Prime Minister"
not_people: ["Peace Deal"]            # never a person
`;
const TAGS = `# tags
rename: { "Nato": "NATO" }
ban: ["Government"]
`;

function apply(text: string, ...decisions: Decision[]): string {
  const doc = parseDocument(text);
  for (const decision of decisions) recordDecision(doc, decision);
  return doc.toString();
}

describe("recordDecision on people.yaml", () => {
  it.each<[string, Decision, unknown]>([
    [
      "accept adds to a new accepted list",
      { kind: "person", name: "Vera Drake", action: "accept" },
      { accepted: ["Vera Drake"] },
    ],
    [
      "reject adds to not_people",
      { kind: "person", name: "Aviator", action: "reject" },
      { not_people: ["Peace Deal", "Aviator"] },
    ],
    [
      "merge adds an alias to an existing person",
      { kind: "person", name: "Anthony Blair", action: "merge", target: "tony blair" },
      { people: { "Tony Blair": { aliases: ["Blair", "Anthony Blair"], role: "Prime Minister" } } },
    ],
    [
      "rename makes a new canonical name with the old as alias",
      { kind: "person", name: "Jnr", action: "rename", target: "Ken Griffey Jnr" },
      { people: { "Ken Griffey Jnr": { aliases: ["Jnr"] } } },
    ],
  ])("%s", (_, decision, expected) => {
    const out = apply(PEOPLE, decision);
    expect(parse(out)).toMatchObject(expected as object);
    expect(out).toContain("# The editor's people file: comments must survive.");
    expect(out).toContain("# never a person");
    expect(() => parseOverrides(parse(out), undefined)).not.toThrow();
  });

  it("does not add a name twice", () => {
    const decision: Decision = { kind: "person", name: "Vera Drake", action: "accept" };
    expect(parse(apply(PEOPLE, decision, decision)).accepted).toEqual(["Vera Drake"]);
  });

  it("starts a missing or empty file", () => {
    expect(parse(apply("", { kind: "person", name: "Aviator", action: "reject" }))).toEqual({
      not_people: ["Aviator"],
    });
    expect(apply("# nothing yet\n", { kind: "person", name: "A B", action: "accept" })).toBe(
      '# nothing yet\n\naccepted: [ "A B" ]\n',
    );
  });
});

describe("recordDecision on tags.yaml", () => {
  it.each<[string, Decision, unknown]>([
    [
      "accept adds to accepted",
      { kind: "tag", name: "Ferries", action: "accept" },
      { accepted: ["Ferries"] },
    ],
    [
      "reject bans the tag",
      { kind: "tag", name: "Latin", action: "reject" },
      { ban: ["Government", "Latin"] },
    ],
    [
      "merge lists the tag under its canonical tag",
      { kind: "tag", name: "EU", action: "merge", target: "European Union" },
      { merge: { "European Union": ["EU"] } },
    ],
    [
      "rename maps the old tag to the new",
      { kind: "tag", name: "Americas", action: "rename", target: "The Americas" },
      { rename: { Nato: "NATO", Americas: "The Americas" } },
    ],
  ])("%s", (_, decision, expected) => {
    const out = apply(TAGS, decision);
    expect(parse(out)).toMatchObject(expected as object);
    expect(out).toContain("# tags");
    expect(() => parseOverrides(undefined, parse(out))).not.toThrow();
  });
});
