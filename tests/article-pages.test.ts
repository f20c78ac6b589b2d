import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listArticlePages } from "../src/article-pages.ts";

describe("listArticlePages", () => {
  it("lists the markdown pages sorted, without dot-files, temporary files or other files", () => {
    const dir = mkdtempSync(join(tmpdir(), "gazette-pages-"));
    for (const name of ["b.md", "a.md", ".a.md.123.tmp", ".hidden.md", "notes.txt"]) writeFileSync(join(dir, name), "");
    expect(listArticlePages(dir)).toEqual(["a.md", "b.md"]);
  });

  it("finds no pages in a folder that does not exist", () => {
    expect(listArticlePages(join(tmpdir(), "gazette-no-such-folder"))).toEqual([]);
  });
});
