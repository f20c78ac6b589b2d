import { describe, expect, it } from "vitest";
import type { ArticleFrontMatter } from "../src/article.ts";
import { formatPage, parsePage, parsePageWithYaml } from "../src/front-matter.ts";
import { parseGeneratedFrontMatter } from "../src/parse-generated-front-matter.ts";

const article: ArticleFrontMatter = {
  title: 'Storm "Éowyn" hits: coast # not a comment',
  slug: "storm-eowyn-hits-coast",
  date: "2025-01-24T09:30:00+00:00",
  description: "Winds of 100 mph.\nA second line: with a colon",
  people: ["Jonas Gahr Støre", "Zoë O'Neill"],
  tags: ["Weather", "Ireland"],
  source: "weather/storm.txt",
  dateSource: "manifest",
  roles: { "Jonas Gahr Støre": "Prime Minister" },
  aliases: { "Jonas Gahr Støre": ["Støre", "Gahr Støre"] },
  quotes: [{ speaker: "Zoë O'Neill", text: "Stay \\ indoors" }, { text: "Unattributed" }],
  wordCount: 412,
  seedHash: "abc123",
  ingestHash: "def456",
};

describe("parsePage's fast path for ingest's own format", () => {
  it.each([
    ["a page ingest wrote", formatPage(article, "Body *text*.\n")],
    [
      "a page with empty lists and maps",
      formatPage(
        { ...article, people: [], tags: [], roles: {}, aliases: {}, quotes: [] },
        "Body\n",
      ),
    ],
    [
      "a page with only the required keys",
      formatPage(
        {
          title: "T",
          slug: "t",
          date: "2025-01-01T00:00Z",
          description: "",
          people: [],
          tags: [],
          source: "t.txt",
        },
        "",
      ),
    ],
    [
      "a hand-written page in plain YAML",
      "---\ntitle: Hello world\nslug: hello-world\ndate: 2025-01-01T00:00:00Z\ndescription: Plain\npeople: [Ann Lee]\ntags:\n- News\nsource: hello.txt\n---\nHi\n",
    ],
    ["a page that breaks the contract", '---\ntitle: ""\nslug: "Bad Slug"\n---\n'],
    ["a page with invalid YAML", '---\ntitle: "open\n---\n'],
    ["a page without front matter", "Just text\n"],
    ["a page with Windows line ends", formatPage(article, "Body\n").replace(/\n/g, "\r\n")],
  ])("gives the YAML parser's result for %s", (_, text) => {
    expect(parsePage(text)).toEqual(parsePageWithYaml(text));
  });

  it("reads ingest's own format without falling back", () => {
    const frontMatter = formatPage(article, "").slice(4, -4);
    expect(parseGeneratedFrontMatter(frontMatter)).toMatchObject({
      title: article.title,
      quotes: article.quotes,
      aliases: article.aliases,
    });
  });

  it.each([["title: Hello"], ["people:\n- Ann"], ['title: "a"\ntitle: "b"']])(
    "leaves %j to the YAML parser",
    (frontMatter) => {
      expect(parseGeneratedFrontMatter(frontMatter)).toBeNull();
    },
  );
});
