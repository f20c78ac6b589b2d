// Property-based hostile input (issue 13): fast-check feeds random seeds, made of random text
// and fragments of markup, template syntax, markdown, control and bidi characters, to ingest
// (in this process) and to the markdown renderer, and checks the invariants Gazette promises:
// - no element or attribute from input reaches a page's HTML as markup;
// - every seed ends in a page, a named rejection or a named duplicate;
// - no file is written outside the seeds, content and cache folders, and seeds are never written;
// - a second run with nothing changed writes nothing.
// On a failure fast-check prints the smallest seed set it found; the seed lets you replay it.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/front-matter.ts";
import { ingest } from "../../src/ingest/index.ts";
import { createMarkdown } from "../../src/render/markdown.ts";
import { snapshotFiles } from "../helpers/workspace.ts";

const FRAGMENTS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  "<svg/onload=alert(1)>",
  "</p><p>",
  "<!--",
  "-->",
  "{{ 7*7 }}",
  "{% raw %}",
  "${process.exit()}",
  "[click](javascript:alert(1))",
  "![x](x onerror=alert(1))",
  "<https://example.org>",
  "https://example.org/?a=<b>",
  "---",
  "# Heading",
  "> quote",
  "* item",
  "1. item",
  "    code",
  "```",
  "| a | b |",
  "&lt;b&gt;",
  "&#x3C;script&#x3E;",
  "\u202E",
  "\u0000",
  "\u001B[31m",
  "\uFEFF",
  "Jane Hale said",
  '"We will win," Hale said.',
  "Mr Smith",
  "toString",
  "__proto__",
  "By Count",
];

const line = fc
  .array(
    fc.oneof(
      fc.constantFrom(...FRAGMENTS),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: "grapheme", maxLength: 8 }),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(" "));
const seedText = fc.array(line, { minLength: 0, maxLength: 5 }).map((lines) => lines.join("\n"));
const seedSet = fc.array(seedText, { minLength: 1, maxLength: 4 });

/** A page's HTML with its paragraphs and the drop cap's own span unwrapped: what is left must hold no tag at all. */
function markupIn(html: string): string[] {
  let openers = 0;
  let text = html
    .replace(/<\/?p>/g, "")
    .replace(/<span class="drop-cap(?:-lead)?">/g, () => (openers++, ""));
  // As many closing tags as the drop cap opened, and no more.
  for (; openers > 0; openers--) text = text.replace("</span>", "");
  return text.match(/<[a-z!/?][^>]*>?/gi) ?? [];
}

describe("random hostile seeds", () => {
  it("publish no markup, each end in a page or a named error, write only their folders, and rerun as a no-op", async () => {
    const markdown = createMarkdown();
    await fc.assert(
      fc.asyncProperty(seedSet, async (texts) => {
        const root = mkdtempSync(join(tmpdir(), "gazette-property-"));
        const [seedsDir, contentDir, cacheDir] = ["seeds", "content", "cache"].map((name) =>
          join(root, name),
        ) as [string, string, string];
        mkdirSync(seedsDir);
        mkdirSync(contentDir);
        const sources = texts.map((_, index) => `seed-${index}.txt`);
        texts.forEach((text, index) => writeFileSync(join(seedsDir, sources[index]!), text));
        const seedsBefore = snapshotFiles(seedsDir);

        const report = await ingest({ seedsDir, contentDir, cacheDir });

        // Every seed: a page, a rejection with a reason, or a duplicate of a named seed.
        const articlesDir = join(contentDir, "articles");
        const pages = readdirSync(articlesDir, { withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => readFileSync(join(articlesDir, entry.name), "utf8"));
        const parsed = pages.map((text) => parsePage(text));
        const published = new Set(parsed.map((page) => (page.ok ? page.data.source : "")));
        for (const source of sources) {
          const rejected = report.rejected.find((problem) => problem.source === source);
          const duplicate = report.duplicates.find((entry) => entry.source === source);
          expect(
            published.has(source) ||
              (rejected !== undefined && rejected.reason.length > 0) ||
              duplicate !== undefined,
            `${source} has neither a page nor a named error`,
          ).toBe(true);
        }

        // No markup from the seed in the page's HTML; no control or bidi character in the page.
        for (const page of parsed) {
          expect(page.ok).toBe(true);
          if (!page.ok) continue;
          expect(markupIn(markdown.render(page.body)), `markup in ${page.data.source}`).toEqual([]);
          expect(JSON.stringify(page.data) + page.body).not.toMatch(
            /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/,
          );
        }

        // Only the three folders, and the seeds untouched.
        expect(readdirSync(root).sort()).toEqual(["cache", "content", "seeds"]);
        expect(snapshotFiles(seedsDir)).toEqual(seedsBefore);

        // Rerun: nothing written, no file changed.
        const contentBefore = snapshotFiles(contentDir);
        const again = await ingest({ seedsDir, contentDir, cacheDir });
        expect(again.written).toEqual([]);
        expect(snapshotFiles(contentDir)).toEqual(contentBefore);
      }),
      { numRuns: 40 },
    );
  });
});
