// Whole-seed behaviour on hostile input: each case in tests/fixtures/seeds/<case>/input.txt is
// ingested for real, and what a reader gets (title, slug, lede, body markdown and its HTML) is
// compared with expected.md beside it. `vitest -u` accepts new output; review the diff.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/front-matter.ts";
import { createMarkdown } from "../../src/render/markdown.ts";
import { gazette, makeWorkspace, PROJECT_ROOT } from "../helpers/workspace.ts";

const CASES_DIR = join(PROJECT_ROOT, "tests/fixtures/seeds");
const cases = readdirSync(CASES_DIR).sort();
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFD\u200B]/;

// One ingest run for all cases: each case is one seed among the others, as in a real newsroom.
const workspace = makeWorkspace(
  Object.fromEntries(
    cases.map((name) => [`${name}.txt`, readFileSync(join(CASES_DIR, name, "input.txt"))]),
  ),
);
const run = gazette(workspace, "ingest");
const articlesDir = join(workspace.content, "articles");
const pages = new Map(
  readdirSync(articlesDir).map((file) => {
    const text = readFileSync(join(articlesDir, file), "utf8");
    const page = parsePage(text);
    if (!page.ok) throw new Error(`${file}: ${page.reason}`);
    return [page.data.source, { file, text, page }] as const;
  }),
);

it("ingests every hostile seed without a rejection", () => {
  expect(run.stderr).toMatch(
    new RegExp(`ingest: ${cases.length} written, 0 unchanged, 0 kept because edited, 0 rejected`),
  );
  expect(run.status).toBe(0);
  expect(pages.size).toBe(cases.length);
});

describe.each(cases)("the %s seed", (name) => {
  const { file: pageFile, text, page } = pages.get(`${name}.txt`)!;

  it("becomes a page named after its slug", () => {
    expect(pageFile).toBe(`${page.data.slug}.md`);
  });

  it("shows the reader what the seed says, as text", async () => {
    const html = createMarkdown().render(page.body);
    const shown = [
      `title: ${page.data.title}`,
      `slug: ${page.data.slug}`,
      `description: ${page.data.description}`,
      "",
      "--- markdown",
      page.body,
      "--- html",
      html,
    ].join("\n");
    await expect(shown).toMatchFileSnapshot(join(CASES_DIR, name, "expected.md"));
  });

  it("carries no control or replacement characters into the page", () => {
    expect(text).not.toMatch(FORBIDDEN);
  });

  it("creates no element from the seed's text", () => {
    // Paragraphs and the drop cap's spans are the renderer's own (drop-cap.ts).
    const html = createMarkdown()
      .render(page.body)
      .replace(/<span class="drop-cap(?:-lead)?">|<\/span>/g, "");
    expect(html.replace(/<\/?p>/g, "")).not.toMatch(/<[a-z]/i);
  });
});
