import { describe, expect, it } from "vitest";
import { escapeMarkdown, paragraphsToMarkdown } from "../../src/ingest/escape-markdown.ts";
import { createMarkdown } from "../../src/render/markdown.ts";

// What a reader sees: the rendered paragraph with the HTML entities read back.
function rendered(text: string): string {
  const html = createMarkdown().render(escapeMarkdown(text)).trim();
  expect(html.startsWith("<p>") && html.endsWith("</p>")).toBe(true);
  return html
    .slice(3, -4)
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

describe("escapeMarkdown", () => {
  it.each([
    "# Not a heading",
    "## Not a heading either",
    "1. Not a list",
    "2) Not a list",
    "> Not a quote",
    "* Not a bullet",
    "- Not a bullet",
    "+ Not a bullet",
    "---",
    "===",
    "| a | b |",
    "```js",
    "~~~",
    "[t](javascript:alert(1))",
    "![img](x.png)",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "{{ 7*7 }}",
    "{% include secrets %}",
    "${process.env}",
    "a &amp; b &copy; c",
    "**bold** and _italic_ and `code`",
    "ends with a backslash\\",
    "<http://example.com>",
    "[ref]: http://example.com",
    "Tom’s “quote” costs £5 – 10% off",
  ])("shows %j exactly as written, as one plain paragraph", (text) => {
    expect(rendered(text)).toBe(text);
  });

  it.each([
    ["straight quotes", `Tom's "quote" costs £5`, "Tom’s “quote” costs £5"],
    ["a spaced hyphen", "Leeds - the city", "Leeds – the city"],
    ["two and three hyphens", "yes -- no --- maybe", "yes – no — maybe"],
  ])("sets %s as a paper would", (_case, text, expected) => {
    expect(rendered(text)).toBe(expected);
  });

  it("creates no element from seed text", () => {
    const html = createMarkdown().render(
      paragraphsToMarkdown(["<b>x</b>", "# h", "| a |\n|---|", "[a](b)"]),
    );
    expect(html).not.toMatch(/<(b|h1|table|a|script|img)\b/);
  });

  it("keeps paragraphs apart and in order", () => {
    const html = createMarkdown().render(paragraphsToMarkdown(["one", "two", "three"]));
    expect(html).toBe('<p>one</p>\n<p><span class="drop-cap">t</span>wo</p>\n<p>three</p>\n');
  });

  it("escapes a 1 MB line in linear time", () => {
    const line = "<a> *b* [c](d) ".repeat(70_000);
    const started = performance.now();
    const escaped = escapeMarkdown(line);
    expect(escaped.length).toBeGreaterThan(line.length);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
