import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildInputsKey, modelValuesNamed, PageInputKeys } from "../../src/render/page-inputs.ts";

type View = { slug: string; title: string; file: string; html: string; body: string; previous?: View; next?: View; related: View[] };

function siteOf(titles: string[]) {
  const articles: View[] = titles.map((title, i) => ({ slug: `s${i}`, title, file: `articles/s${i}.md`, html: `<p>${title}</p>`, body: title, related: [] }));
  articles.forEach((article, i) => {
    article.previous = articles[i + 1];
    article.next = articles[i - 1];
  });
  articles[0]!.related = [articles[3]!];
  const tag = { name: "Harbour", slug: "harbour", articles: [articles[0], articles[1]] };
  return { articles, tagPage: { items: [articles[0], articles[1]], pageNumber: 1, tag } };
}

const articleKey = (site: ReturnType<typeof siteOf>, index: number) => new PageInputKeys("build").pageKey("article", index, [site.articles[index]]);

describe("page input keys", () => {
  it("are the same for the same data, built again", () => {
    const a = siteOf(["One", "Two", "Three", "Four", "Five"]);
    const b = siteOf(["One", "Two", "Three", "Four", "Five"]);
    expect(articleKey(a, 2)).toBe(articleKey(b, 2));
    expect(new PageInputKeys("build").pageKey("tag", 0, [a.tagPage])).toBe(new PageInputKeys("build").pageKey("tag", 0, [b.tagPage]));
  });

  it("change for the pages that show a changed headline, and only for those", () => {
    const before = siteOf(["One", "Two", "Three", "Four", "Five"]);
    const after = siteOf(["One", "Two", "Three", "Four, updated", "Five"]);
    // Article 3's own page, its neighbours (2 and 4), and article 0, which lists it as related.
    for (const index of [0, 2, 3, 4]) expect(articleKey(after, index), `article ${index}`).not.toBe(articleKey(before, index));
    expect(articleKey(after, 1)).toBe(articleKey(before, 1));
    expect(new PageInputKeys("build").pageKey("tag", 0, [after.tagPage])).toBe(new PageInputKeys("build").pageKey("tag", 0, [before.tagPage]));
  });

  it("change for a list page when an article joins its entity", () => {
    const before = siteOf(["One", "Two", "Three"]);
    const after = siteOf(["One", "Two", "Three"]);
    after.tagPage.tag.articles.push(after.articles[2]);
    expect(new PageInputKeys("build").pageKey("tag", 0, [after.tagPage])).not.toBe(new PageInputKeys("build").pageKey("tag", 0, [before.tagPage]));
  });

  it("differ by build, route and page number", () => {
    const site = siteOf(["One", "Two"]);
    const key = new PageInputKeys("build").pageKey("article", 0, [site.articles[0]]);
    expect(new PageInputKeys("other build").pageKey("article", 0, [site.articles[0]])).not.toBe(key);
    expect(new PageInputKeys("build").pageKey("feed", 0, [site.articles[0]])).not.toBe(key);
    expect(new PageInputKeys("build").pageKey("article", 1, [site.articles[0]])).not.toBe(key);
  });
});

describe("buildInputsKey", () => {
  it("changes when a template, the global data or the path prefix changes", () => {
    const dir = mkdtempSync(join(tmpdir(), "gazette-keys-"));
    writeFileSync(join(dir, "base.njk"), "<main>{{ content }}</main>");
    const key = (globalData: Record<string, unknown>, pathPrefix = "/") => buildInputsKey({ files: [], dirs: [dir], globalData, pathPrefix });
    const first = key({ site: { title: "A" }, gazette: { articles: [1] } });
    expect(key({ site: { title: "A" }, gazette: { articles: [2] } }), "the site model is keyed per page").toBe(first);
    expect(key({ site: { title: "B" }, gazette: { articles: [1] } })).not.toBe(first);
    expect(key({ site: { title: "A" }, gazette: { articles: [1] } }, "/news/")).not.toBe(first);
    writeFileSync(join(dir, "base.njk"), "<main class=x>{{ content }}</main>");
    expect(key({ site: { title: "A" }, gazette: { articles: [1] } })).not.toBe(first);
  });
});

describe("modelValuesNamed", () => {
  it("finds the site-model values a template uses directly", () => {
    expect([...modelValuesNamed(["{{ gazette.updated }}", "{% for t in gazette.tags %}{% endfor %}"])].sort()).toEqual(["tags", "updated"]);
  });
});

describe("the key of an article's links", () => {
  it("is what JSON with the article replacer gives, for an article, a list of them and none", () => {
    const site = siteOf(["One", "Two", "Three", "Four"]);
    const keys = new PageInputKeys("build") as unknown as { keyOf(value: unknown): string; replacer(root: unknown): (key: string, value: unknown) => unknown };
    for (const value of [site.articles[1], site.articles[0]!.related, [], undefined, null, ["not an article"], [site.articles[1], { other: 1 }]]) {
      expect(keys.keyOf(value)).toBe(JSON.stringify(value, keys.replacer(undefined)) ?? "undefined");
    }
  });
});
