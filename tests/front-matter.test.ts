import { describe, expect, it } from "vitest";
import type { ArticleFrontMatter } from "../src/article.ts";
import { formatPage, parsePage, splitPage } from "../src/front-matter.ts";

const article: ArticleFrontMatter = {
  title: 'Trump: "STOP" – {{ 7*7 }} <script>',
  slug: "trump-stop",
  date: "2025-04-24T09:30:00-04:00",
  description: "President Donald Trump issued a rare criticism.",
  people: ["Donald Trump", "Jonas Gahr Støre"],
  tags: ["Ukraine", "NATO"],
  source: "000_x.txt",
  dateSource: "git",
  roles: { "Jonas Gahr Støre": "Prime Minister of Norway" },
  aliases: { "Donald Trump": ["Trump"] },
  quotes: [
    { speaker: "Donald Trump", text: "I have my own deadline" },
    { text: "Unattributed: yes" },
  ],
  wordCount: 42,
};

describe("front matter", () => {
  it("writes the contract keys first, in the published order", () => {
    const text = formatPage(article, "Body\n");
    const keys = [...text.matchAll(/^([a-zA-Z]+):/gm)].map((match) => match[1]);
    expect(keys.slice(0, 7)).toEqual([
      "title",
      "slug",
      "date",
      "description",
      "people",
      "tags",
      "source",
    ]);
  });

  it("reads back exactly what it wrote", () => {
    const parsed = parsePage(formatPage(article, "Body\n"));
    expect(parsed).toEqual({ ok: true, data: article, body: "Body\n" });
  });

  it("gives the same bytes for the same article", () => {
    expect(formatPage({ ...article }, "x")).toBe(formatPage(article, "x"));
  });

  it("quotes titles that look like YAML so they stay strings", () => {
    for (const title of [
      "yes",
      "123",
      "null",
      "- item",
      "key: value",
      "[a, b]",
      "'quoted'",
      "#comment",
    ]) {
      const parsed = parsePage(formatPage({ ...article, title }, ""));
      expect(parsed.ok && parsed.data.title).toBe(title);
    }
  });

  it("keeps a body that starts with --- in the body", () => {
    const parsed = parsePage(formatPage(article, "\\---\ntitle: Evil\n"));
    expect(parsed.ok && parsed.data.title).toBe(article.title);
    expect(parsed.ok && parsed.body).toBe("\\---\ntitle: Evil\n");
  });

  it.each([
    ["no front matter", "Just text", /has no front matter/],
    ["broken YAML", "---\ntitle: [unclosed\n---\n", /not valid YAML/],
    ["a missing title", "---\nslug: x\n---\n", /title/],
    [
      "a date without offset",
      formatPage(article, "").replace("09:30:00-04:00", "09:30:00"),
      /date: expected an ISO 8601 date with offset/,
    ],
    [
      "a slug with a slash",
      formatPage(article, "").replace('"trump-stop"', '"../evil"'),
      /slug: expected lower-case ASCII/,
    ],
  ])("rejects a page with %s and says which field", (_case, text, reason) => {
    const parsed = parsePage(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });

  it("splits a page with CRLF-free fences only at the closing fence", () => {
    expect(splitPage("---\na: 1\n---\nbody\n---\nmore")).toEqual({
      frontMatter: "a: 1\n",
      body: "body\n---\nmore",
    });
  });
});
