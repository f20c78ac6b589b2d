import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  formatPublishedUrls,
  mergePublishedUrls,
  publishedUrlsOf,
  readPublishedUrls,
  writePublishedUrls,
} from "../../src/render/published-urls.ts";
import { findRedirects } from "../../src/render/redirects.ts";

const none = { person: new Map<string, string>(), tag: new Map<string, string>() };

describe("findRedirects", () => {
  const current = new Map([
    ["/articles/derby-day/", "article:sport/derby.txt"],
    ["/people/tony-blair/", "person:Tony Blair"],
    ["/tags/nato/", "tag:NATO"],
  ]);

  it("sends an article whose slug an editor changed to its new URL", () => {
    expect(
      findRedirects(new Map([["/articles/whitby-win/", "article:sport/derby.txt"]]), current, none),
    ).toEqual([{ from: "/articles/whitby-win/", to: "/articles/derby-day/" }]);
  });

  it("sends a person merged into another in people.yaml to the canonical page", () => {
    const renamed = { person: new Map([["blair", "Tony Blair"]]), tag: new Map() };
    expect(findRedirects(new Map([["/people/blair/", "person:Blair"]]), current, renamed)).toEqual([
      { from: "/people/blair/", to: "/people/tony-blair/" },
    ]);
  });

  it("sends a renamed tag to its new page", () => {
    const renamed = { person: new Map(), tag: new Map([["nato alliance", "NATO"]]) };
    expect(
      findRedirects(new Map([["/tags/nato-alliance/", "tag:Nato Alliance"]]), current, renamed),
    ).toEqual([{ from: "/tags/nato-alliance/", to: "/tags/nato/" }]);
  });

  it("redirects no page that nothing replaced (a removed story, a person no longer named)", () => {
    const gone = new Map([
      ["/people/x/", "person:X"],
      ["/tags/y/", "tag:Y"],
      ["/articles/z/", "article:z.txt"],
      ["/sections/w/", "section:w"],
    ]);
    expect(findRedirects(gone, current, none)).toEqual([]);
    const renamedToNothing = { person: new Map([["x", "Nobody Now"]]), tag: new Map() };
    expect(findRedirects(gone, current, renamedToNothing)).toEqual([]);
  });

  it("redirects nothing the site still publishes", () => {
    expect(findRedirects(current, current, none)).toEqual([]);
  });
});

describe("published-urls.json", () => {
  it("lists every article, person, topic and section URL", () => {
    const urls = publishedUrlsOf({
      articles: [{ slug: "a", source: "x/a.txt" }],
      people: [{ name: "Jonas Gahr Støre" }],
      tags: [{ name: "NATO" }],
      sections: [{ slug: "x" }],
    });
    expect([...urls]).toEqual([
      ["/articles/a/", "article:x/a.txt"],
      ["/people/jonas-gahr-store/", "person:Jonas Gahr Støre"],
      ["/tags/nato/", "tag:NATO"],
      ["/sections/x/", "section:x"],
    ]);
  });

  it("is sorted, so the same URLs always give the same bytes", () => {
    const a = formatPublishedUrls(
      new Map([
        ["/tags/b/", "tag:B"],
        ["/articles/a/", "article:a.txt"],
      ]),
    );
    const b = formatPublishedUrls(
      new Map([
        ["/articles/a/", "article:a.txt"],
        ["/tags/b/", "tag:B"],
      ]),
    );
    expect(a).toBe(b);
    expect(a).toBe('{\n "/articles/a/": "article:a.txt",\n "/tags/b/": "tag:B"\n}\n');
  });

  it("keeps what was published before, and is written only when it changes", () => {
    const dir = mkdtempSync(join(tmpdir(), "gazette-urls-"));
    const merged = mergePublishedUrls(
      new Map([["/tags/old/", "tag:Old"]]),
      new Map([["/tags/new/", "tag:New"]]),
    );
    expect(writePublishedUrls(dir, merged)).toBe(true);
    expect(writePublishedUrls(dir, merged)).toBe(false);
    expect(readPublishedUrls(dir)).toEqual(merged);
    expect(readFileSync(join(dir, "_data/published-urls.json"), "utf8")).toContain('"/tags/old/"');
  });
});
