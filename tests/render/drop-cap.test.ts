import { describe, expect, it } from "vitest";
import { splitInitial } from "../../src/render/drop-cap.ts";
import { createMarkdown } from "../../src/render/markdown.ts";

describe("splitInitial", () => {
  it.each([
    ["a letter", "The city", { lead: "", letter: "T", rest: "he city" }],
    [
      "an opening quote",
      "“We will win,” he said",
      { lead: "“", letter: "W", rest: "e will win,” he said" },
    ],
    ["a quote and a bracket", "‘(Not) now’", { lead: "‘(", letter: "N", rest: "ot) now’" }],
    ["a digit", "30 people", { lead: "", letter: "3", rest: "0 people" }],
    [
      "a letter and its combining mark",
      "E\u0301mile",
      { lead: "", letter: "E\u0301", rest: "mile" },
    ],
  ])("skips to the first letter after %s", (_case, text, expected) => {
    expect(splitInitial(text)).toEqual(expected);
  });

  it.each([
    ["punctuation followed by a space", "— and then"],
    ["no letter at all", "…!"],
  ])("gives no initial for %s", (_case, text) => {
    expect(splitInitial(text)).toBeNull();
  });
});

describe("the drop cap in article bodies", () => {
  const render = (body: string) => createMarkdown().render(body);

  it("goes on the first paragraph after the standfirst, around the letter and not the quote mark", () => {
    expect(render('Standfirst.\n\n"We will win," he said.\n\nMore.')).toBe(
      '<p>Standfirst.</p>\n<p><span class="drop-cap"><span class="drop-cap-lead">“</span>W</span>e will win,” he said.</p>\n<p>More.</p>\n',
    );
  });

  it("escapes the letter and what comes before it", () => {
    expect(render("One.\n\n\\<b\\>old")).toContain(
      '<span class="drop-cap"><span class="drop-cap-lead">&lt;</span>b</span>&gt;old',
    );
  });

  it("leaves a one-paragraph body and a paragraph opening with a link alone", () => {
    expect(render("Only one.")).toBe("<p>Only one.</p>\n");
    expect(render("One.\n\n[Two](https://example.org)")).not.toContain("drop-cap");
  });
});
