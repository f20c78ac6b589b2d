import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildInputsKey, PageInputKeys } from "../../src/render/page-inputs.ts";

type View = {
  slug: string;
  title: string;
  file: string;
  html: string;
  body: string;
  previous?: View;
  next?: View;
  related: View[];
};

function siteOf(titles: string[]) {
  const articles: View[] = titles.map((title, i) => ({
    slug: `s${i}`,
    title,
    file: `articles/s${i}.md`,
    html: `<p>${title}</p>`,
    body: title,
    related: [],
  }));
  articles.forEach((article, i) => {
    article.previous = articles[i + 1];
    article.next = articles[i - 1];
  });
  articles[0]!.related = [articles[3]!];
  const tag = { name: "Harbour", slug: "harbour", articles: [articles[0], articles[1]] };
  return { articles, tagPage: { items: [articles[0], articles[1]], pageNumber: 1, tag } };
}

const articleKey = (site: ReturnType<typeof siteOf>, index: number) =>
  new PageInputKeys("build").pageKey("article", index, [site.articles[index]]);

describe("page input keys", () => {
  it("are the same for the same data, built again", () => {
    const a = siteOf(["One", "Two", "Three", "Four", "Five"]);
    const b = siteOf(["One", "Two", "Three", "Four", "Five"]);
    expect(articleKey(a, 2)).toBe(articleKey(b, 2));
    expect(new PageInputKeys("build").pageKey("tag", 0, [a.tagPage])).toBe(
      new PageInputKeys("build").pageKey("tag", 0, [b.tagPage]),
    );
  });

  it("change for the pages that show a changed headline, and only for those", () => {
    const before = siteOf(["One", "Two", "Three", "Four", "Five"]);
    const after = siteOf(["One", "Two", "Three", "Four, updated", "Five"]);
    // Article 3's own page, its neighbours (2 and 4), and article 0, which lists it as related.
    for (const index of [0, 2, 3, 4])
      expect(articleKey(after, index), `article ${index}`).not.toBe(articleKey(before, index));
    expect(articleKey(after, 1)).toBe(articleKey(before, 1));
    expect(new PageInputKeys("build").pageKey("tag", 0, [after.tagPage])).toBe(
      new PageInputKeys("build").pageKey("tag", 0, [before.tagPage]),
    );
  });

  it("change for a list page when an article joins its entity", () => {
    const before = siteOf(["One", "Two", "Three"]);
    const after = siteOf(["One", "Two", "Three"]);
    after.tagPage.tag.articles.push(after.articles[2]);
    expect(new PageInputKeys("build").pageKey("tag", 0, [after.tagPage])).not.toBe(
      new PageInputKeys("build").pageKey("tag", 0, [before.tagPage]),
    );
  });

  it("differ by build, route and page number", () => {
    const site = siteOf(["One", "Two"]);
    const key = new PageInputKeys("build").pageKey("article", 0, [site.articles[0]]);
    expect(new PageInputKeys("other build").pageKey("article", 0, [site.articles[0]])).not.toBe(
      key,
    );
    expect(new PageInputKeys("build").pageKey("feed", 0, [site.articles[0]])).not.toBe(key);
    expect(new PageInputKeys("build").pageKey("article", 1, [site.articles[0]])).not.toBe(key);
  });
});

describe("buildInputsKey", () => {
  it("changes when a template, the global data or the path prefix changes", () => {
    const dir = mkdtempSync(join(tmpdir(), "gazette-keys-"));
    writeFileSync(join(dir, "base.njk"), "<main>{{ content }}</main>");
    const key = (globalData: Record<string, unknown>, pathPrefix = "/") =>
      buildInputsKey({ files: [], dirs: [dir], globalData, pathPrefix });
    const first = key({ site: { title: "A" }, gazette: { articles: [1] } });
    expect(
      key({ site: { title: "A" }, gazette: { articles: [2] } }),
      "the site model is keyed per page",
    ).toBe(first);
    expect(key({ site: { title: "B" }, gazette: { articles: [1] } })).not.toBe(first);
    expect(key({ site: { title: "A" }, gazette: { articles: [1] } }, "/news/")).not.toBe(first);
    writeFileSync(join(dir, "base.njk"), "<main class=x>{{ content }}</main>");
    expect(key({ site: { title: "A" }, gazette: { articles: [1] } })).not.toBe(first);
  });
});

describe("the JSON a key is made of", () => {
  it("is JSON.stringify's for plain data: left-out values, holes, numbers, dates, functions", () => {
    const keys = new PageInputKeys("build");
    const when = new Date("2025-04-24T09:30:00Z");
    const values: unknown[] = [
      {
        a: 1,
        b: undefined,
        c: [1, undefined, null, Number.NaN, -0, 1e21],
        d: 'quote " and \u2028',
        e: { f: true, g: false },
        when,
      },
      // eslint-disable-next-line no-sparse-arrays
      [1, , 3],
      "text",
      3.25,
      null,
      [],
      {},
    ];
    for (const value of values) expect(keys.json(value, value)).toBe(JSON.stringify(value));
    expect(keys.json(undefined, undefined)).toBeUndefined();
    const withFunction = { name: "x", format: (value: string) => value.trim() };
    expect(keys.json(withFunction, withFunction)).toBe(
      JSON.stringify({ name: "x", format: String(withFunction.format) }),
    );
  });

  it("writes nested articles and entities as their keys, and the root in full", () => {
    const site = siteOf(["One", "Two", "Three", "Four"]);
    const keys = new PageInputKeys("build");
    const nested = keys.json({ items: [site.articles[1]], tag: site.tagPage.tag }, undefined)!;
    expect(nested).toMatch(/^\{"items":\["article:[\w-]+"\],"tag":"entity:[\w-]+"\}$/);
    const tag = keys.json(site.tagPage.tag, site.tagPage.tag)!;
    expect(tag).toMatch(
      /^\{"name":"Harbour","slug":"harbour","articles":\["article:[\w-]+","article:[\w-]+"\]\}$/,
    );
    // The same article gives the same key wherever it appears.
    expect(nested.match(/article:[\w-]+/)![0]).toBe(tag.match(/article:[\w-]+/g)![1]);
  });
});
