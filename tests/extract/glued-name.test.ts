import { describe, expect, it } from "vitest";
import { isGluedMention } from "../../src/extract/glued-name.ts";

/** The mention is the first occurrence of `name` in `text`. */
const glued = (text: string, name: string) => {
  const start = text.indexOf(name);
  return isGluedMention(text, start, start + name.length);
};

describe("isGluedMention", () => {
  it.each([
    ["a capitalised word after it", "said an economist at JP Morgan Chase.", "JP"],
    ["a capitalised word before it", "said an economist at JP Morgan Chase.", "Morgan Chase"],
    [
      "a connector and a name after it",
      "the Joint Council for the Welfare of Immigrants says",
      "Joint Council for the Welfare",
    ],
    [
      "a connector and a name before it",
      "director of the Victims of Crime Trust, Norman Brennan",
      "Crime Trust",
    ],
    [
      "a list that ends a body's name",
      "a spokesman for the Department for Culture, Media and Sport said",
      "Department for Culture",
    ],
    [
      "the rest of that list",
      "a spokesman for the Department for Culture, Media and Sport said",
      "Media and Sport",
    ],
    ["a country before a common noun", "a report for the UK Government, along with", "Government"],
    [
      "a body's name joined with in",
      "figures from the Interactive Media in Retail Group show",
      "Retail Group",
    ],
    ["a number and a name after it", "the top of the TFC 101 Tower in Taipei", "TFC"],
  ])("finds %s", (_, text, name) => {
    expect(glued(text, name)).toBe(true);
  });

  it.each([
    ["two clubs joined with and", "Newcastle and Arsenal drew on Sunday.", "Arsenal"],
    ["the first of two clubs", "Newcastle and Arsenal drew on Sunday.", "Newcastle"],
    ["a day after a body", "a report to the UN on Monday said", "UN"],
    ["a sentence opener before a place", "In Paris, the talks went on.", "Paris"],
    ["a descriptor before a firm", "said Hong Kong-based Hutchison Whampoa.", "Hutchison Whampoa"],
    ["a name standing alone", "he told the BBC that it was over.", "BBC"],
  ])("leaves %s alone", (_, text, name) => {
    expect(glued(text, name)).toBe(false);
  });
});
