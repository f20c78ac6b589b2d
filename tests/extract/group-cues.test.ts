import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import { isNamedAsGroup, isNamedAsModifier } from "../../src/extract/group-cues.ts";
import { tokenize } from "../../src/extract/tokenize-text.ts";

/** The tokens of `sentence` and where `name` starts and ends among them. */
function locate(sentence: string, name: string) {
  const tokens = tokenize(sentence);
  const words = name.split(" ");
  const from = tokens.findIndex((_, i) => words.every((w, j) => tokens[i + j]?.text === w));
  if (from < 0) throw new Error(`${name} not in ${sentence}`);
  const to = from + words.length;
  return { tokens, from, to, possessive: tokens[to - 1]!.possessive };
}
const group = (sentence: string, name: string) => {
  const { tokens, from, to, possessive } = locate(sentence, name);
  return isNamedAsGroup(tokens, from, to, possessive);
};
const modifier = (sentence: string, name: string) => {
  const { tokens, to, possessive } = locate(sentence, name);
  return isNamedAsModifier(tokens, to, possessive);
};
const people = (...paragraphs: string[]) =>
  extractArticle({ headline: "Headline", paragraphs }).people.map((p) => p.name);

describe("group cues", () => {
  it.each([
    ["Scottish rock band Franz Ferdinand won two awards.", "Franz Ferdinand"],
    ["Joe McLean, of accountancy firm Grant Thornton, spoke.", "Grant Thornton"],
    ["The move led bankers JP Morgan to withdraw.", "JP Morgan"],
    ["With their debut, Franz Ferdinand have achieved what most bands crave.", "Franz Ferdinand"],
    ["In the survey, Keane were followed by Razorlight.", "Keane"],
  ])("reads %j as naming the group %s", (sentence, name) => {
    expect(group(sentence, name)).toBe(true);
  });

  it.each([
    ["Labour leader Tony Blair spoke.", "Tony Blair"],
    ["Blair and Brown are at odds.", "Brown"],
    ["If Blair were to resign, the party would split.", "Blair"],
    ["A museum dedicated to Jimi Hendrix are planned.", "Jimi Hendrix"],
    ["Scissor Sisters, Franz Ferdinand, Keane were in the top 10.", "Keane"],
    ["Analysts John Smith and Mary Jones disagreed.", "John Smith"],
    ["US band Maroon 5 won.", "Maroon"],
  ])("does not read %j as naming the group %s", (sentence, name) => {
    expect(group(sentence, name)).toBe(false);
  });

  it("reads a name before a member's noun and another name as a modifier, not a person", () => {
    expect(modifier("Harry Potter star Daniel Radcliffe arrived.", "Harry Potter")).toBe(true);
    expect(modifier("Gartner analyst Carolina Milanesi said so.", "Gartner")).toBe(true);
    expect(modifier("He read the James Bond books.", "James Bond")).toBe(true);
    expect(modifier("Bush spokesman Scott McClellan said so.", "Bush")).toBe(false);
    expect(modifier("Chelsea's boss Jose Mourinho said so.", "Chelsea")).toBe(false);
  });

  it("gives no person page to a band, a firm or a work named by its context", () => {
    expect(people("Scottish rock band Franz Ferdinand won two Brit awards on Tuesday.")).toEqual(
      [],
    );
    expect(
      people("Joe McLean, a specialist at accountancy firm Grant Thornton, said it was good."),
    ).toEqual(["Joe McLean"]);
    expect(people("Harry Potter star Daniel Radcliffe arrived in London.")).toEqual([
      "Daniel Radcliffe",
    ]);
    expect(people('"Prices will rise," said David Anders at Merrill Lynch on Thursday.')).toEqual([
      "David Anders",
    ]);
  });

  it("drops a sentence's first word that only its position capitalises", () => {
    expect(people("Eventually Asimo will walk.", "Asimo is a robot made by Honda.")).not.toContain(
      "Eventually Asimo",
    );
    expect(people("Bookmakers Ladbrokes cut the odds on Friday.")).not.toContain(
      "Bookmakers Ladbrokes",
    );
  });
});
