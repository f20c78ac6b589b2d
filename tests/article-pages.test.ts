import { mkdtempSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listArticlePages, readArticlePage } from "../src/article-pages.ts";

describe("listArticlePages", () => {
  it("lists the markdown pages sorted, without dot-files, temporary files or other files", () => {
    const dir = mkdtempSync(join(tmpdir(), "gazette-pages-"));
    for (const name of ["b.md", "a.md", ".a.md.123.tmp", ".hidden.md", "notes.txt"])
      writeFileSync(join(dir, name), "");
    expect(listArticlePages(dir)).toEqual(["a.md", "b.md"]);
  });

  it("finds no pages in a folder that does not exist", () => {
    expect(listArticlePages(join(tmpdir(), "gazette-no-such-folder"))).toEqual([]);
  });
});

describe("readArticlePage", () => {
  const page = (title: string) =>
    `---\ntitle: ${JSON.stringify(title)}\nslug: "storm"\ndate: "2025-01-01T00:00:00Z"\ndescription: "Winds."\npeople: []\ntags: []\nsource: "storm.txt"\n---\nWinds.\n`;

  it("parses a page once while its file is unchanged, and again once it is replaced or rewritten", () => {
    const dir = mkdtempSync(join(tmpdir(), "gazette-pages-"));
    const path = join(dir, "storm.md");
    writeFileSync(path, page("Storm"));
    const first = readArticlePage(path);
    expect(first.parsed.ok && first.parsed.data.title).toBe("Storm");
    expect(readArticlePage(path)).toBe(first);

    // Replaced by rename, as ingest writes: a new file, even with the same size and time.
    writeFileSync(join(dir, ".tmp"), page("Gale!"));
    renameSync(join(dir, ".tmp"), path);
    const replaced = readArticlePage(path);
    expect(replaced.parsed.ok && replaced.parsed.data.title).toBe("Gale!");

    // Rewritten in place, as an editor's tool may: a new size.
    writeFileSync(path, page("Storm surge"));
    const edited = readArticlePage(path);
    expect(edited.parsed.ok && edited.parsed.data.title).toBe("Storm surge");
  });
});
