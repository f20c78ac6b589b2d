// End to end: `gazette build` on a small seed set in a temporary folder, then the pages and the
// links between them, escaping of hostile headlines everywhere they appear, and reproducibility.
import { cpSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parsePage } from "../src/front-matter.ts";
import { pickPullQuotes } from "../src/render/pull-quotes.ts";
import { makeUrls } from "../src/urls.ts";
import {
  gazette,
  makeWorkspace,
  PROJECT_ROOT,
  snapshotFiles,
  writeSeed,
  type Workspace,
} from "./helpers/workspace.ts";

const FIRST_SEED = "000_5a7e88c31c6e67e7.txt";
const HOSTILE = [
  "html-in-body",
  "template-syntax-in-body",
  "markdown-in-body",
  "front-matter-lookalike",
];

function buildWorkspace(...args: string[]): Workspace {
  const workspace = makeWorkspace();
  cpSync(join(PROJECT_ROOT, "seeds", FIRST_SEED), join(workspace.seeds, FIRST_SEED));
  for (const name of HOSTILE)
    writeSeed(
      workspace,
      `${name}.txt`,
      readFileSync(join(PROJECT_ROOT, "tests/fixtures/seeds", name, "input.txt")),
    );
  // Pinned dates: the test must not depend on when the files were copied.
  writeSeed(
    workspace,
    "dates.yaml",
    [FIRST_SEED, ...HOSTILE.map((name) => `${name}.txt`)]
      .map((seed, i) => `${seed}: 2025-04-2${i}T09:30\n`)
      .join(""),
  );
  const run = gazette(workspace, "build", ...args);
  if (run.status !== 0) throw new Error(`gazette build failed (${run.status}):\n${run.stderr}`);
  return workspace;
}

const read = (workspace: Workspace, path: string) =>
  readFileSync(join(workspace.out, path), "utf8");
const hrefs = (html: string) =>
  [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1]!.replace(/&amp;/g, "&"));
/** Paths that are missing from one side or differ in bytes (a readable failure for big sites). */
const differingFiles = (a: Map<string, string>, b: Map<string, string>) =>
  [...new Set([...a.keys(), ...b.keys()])].filter((path) => a.get(path) !== b.get(path)).sort();
const fileFor = (url: string) => (url.endsWith("/") ? `${url}index.html` : url).replace(/^\//, "");

describe("gazette build", () => {
  let site: Workspace;
  let article: ReturnType<typeof parsePage> & { ok: true };
  const urls = makeUrls("/");

  beforeAll(() => {
    site = buildWorkspace();
    const page = readdirSync(join(site.content, "articles"))
      .map((file) => parsePage(readFileSync(join(site.content, "articles", file), "utf8")))
      .find((parsed) => parsed.ok && parsed.data.source === FIRST_SEED);
    article = page as typeof article;
  });

  it("writes the home page, the article, the indexes, feeds, sitemap and 404 page", () => {
    for (const path of [
      "index.html",
      fileFor(urls.article(article.data.slug)),
      "tags/index.html",
      "people/index.html",
      "feed.xml",
      "feed.json",
      "sitemap.xml",
      "news-sitemap.xml",
      "404.html",
      "robots.txt",
    ]) {
      expect(() => read(site, path), path).not.toThrow();
    }
  });

  it("names at most three people and two topics besides the kicker on a card, the first in the article's order", () => {
    const home = read(site, "index.html");
    const card = home.slice(home.indexOf(`<h2><a href="${urls.article(article.data.slug)}">`));
    const entities = card.slice(0, card.indexOf("</article>"));
    const people = [...entities.matchAll(/class="person" href="([^"]+)"/g)].map(
      (match) => match[1],
    );
    const topics = [...entities.matchAll(/class="tag" href="([^"]+)"/g)].map((match) => match[1]);
    expect(people).toEqual(article.data.people.slice(0, 3).map((name) => urls.person(name)));
    expect(topics).toEqual(article.data.tags.slice(1, 3).map((name) => urls.tag(name)));
  });

  it("lists people A–Z by surname on the people index, folding away those named once", () => {
    const index = read(site, "people/index.html");
    expect(index).toMatch(/<a href="\/people\/donald-trump\/">Trump, Donald<\/a>/);
    const regular = index.indexOf(">Trump, Donald<");
    const folded = index.indexOf('<details class="named-once">', index.indexOf('id="letter-t"'));
    // Every person of this small site is named in one article: each sits in its letter's <details>.
    expect(folded).toBeGreaterThan(-1);
    expect(folded).toBeLessThan(regular);
    expect(index.indexOf('id="letter-h"')).toBeLessThan(index.indexOf('id="letter-p"'));
  });

  it("sets as pull quotes the quotations pickPullQuotes chooses, never a fragment", () => {
    const html = read(site, fileFor(urls.article(article.data.slug)));
    const shown = [
      ...html.matchAll(/<figure class="pull-quote">\n<blockquote><p>([^<]*)<\/p><\/blockquote>/g),
    ].map((match) => match[1]);
    const chosen = pickPullQuotes(article.data.quotes).map((quote) =>
      quote.text.replace(/'/g, "&#39;").replace(/"/g, "&quot;"),
    );
    expect(shown).toEqual(chosen);
    expect(shown.length).toBe(3);
    expect(html).not.toContain("<p>pretty big concession</p>");
  });

  it("links the article to a page for each of its people and tags, and each of those back", () => {
    const articleUrl = urls.article(article.data.slug);
    const links = hrefs(read(site, fileFor(articleUrl)));
    expect(article.data.people.length).toBeGreaterThanOrEqual(7);
    expect(article.data.tags).toEqual(
      expect.arrayContaining(["Ukraine", "Russia", "NATO", "Kyiv"]),
    );
    for (const url of [
      ...article.data.people.map((name) => urls.person(name)),
      ...article.data.tags.map((name) => urls.tag(name)),
    ]) {
      expect(links, `article links to ${url}`).toContain(url);
      expect(hrefs(read(site, fileFor(url))), `${url} links back`).toContain(articleUrl);
    }
    expect(hrefs(read(site, "index.html"))).toContain(articleUrl);
    expect(hrefs(read(site, "people/index.html"))).toContain(urls.person("Jonas Gahr Støre"));
    expect(hrefs(read(site, "tags/index.html"))).toContain(urls.tag("NATO"));
  });

  it("has no internal link to a page that does not exist", () => {
    const files = new Set(snapshotFiles(site.out).keys());
    for (const file of files) {
      if (!file.endsWith(".html")) continue;
      for (const href of hrefs(read(site, file))) {
        if (!href.startsWith("/")) continue;
        const target = fileFor(href.split(/[?#]/)[0]!);
        expect(files.has(decodeURIComponent(target)), `${file} → ${href}`).toBe(true);
      }
    }
  });

  it("shows dates with <time datetime> in the site's time zone", () => {
    const html = read(site, fileFor(urls.article(article.data.slug)));
    // No site.json in this content folder: the default zone, UTC.
    expect(html).toMatch(
      /<time datetime="2025-04-20T09:30:00Z"[^>]*>[^<]*20 April 2025[^<]*<\/time>/,
    );
  });

  it("escapes a hostile headline in the title, headings, lists, meta tags, JSON-LD and feeds", () => {
    const hostile = '<b>Bold</b> headline with <script>alert("title")</script>';
    const all = [...snapshotFiles(site.out).entries()].filter(([file]) =>
      /\.(html|xml|json)$/.test(file),
    );
    for (const [file, text] of all) expect(text, file).not.toContain('<script>alert("title")');
    const page = [...snapshotFiles(join(site.content, "articles")).values()]
      .map((text) => parsePage(text))
      .find((p) => p.ok && p.data.title === hostile);
    expect(page?.ok).toBe(true);
    const html = read(site, fileFor(urls.article((page as typeof article).data.slug)));
    expect(html).toContain(
      "<title>&lt;b&gt;Bold&lt;/b&gt; headline with &lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;",
    );
    const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
      (match) => JSON.parse(match[1]!),
    );
    expect(jsonLd.some((data) => data.headline === hostile)).toBe(true);
    expect(read(site, "feed.xml")).toContain(
      "&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;",
    );
    expect(
      JSON.parse(read(site, "feed.json")).items.map((item: { title: string }) => item.title),
    ).toContain(hostile);
  });

  it("shows a seed's character references as the characters they name, still as text", () => {
    const html = read(site, "articles/b-bold-b-headline-with-script-alert-title-script/index.html");
    expect(html).toContain(
      "Entities decoded: café, Marks &amp; Spencer and &lt;script&gt;alert(3)&lt;/script&gt;",
    );
    expect(html).not.toMatch(/&amp;#233;|<script>alert\(3\)/);
  });

  it("never evaluates template syntax from a seed", () => {
    const html = [...snapshotFiles(site.out).entries()]
      .filter(([file]) => file.startsWith("articles/template-7-7"))
      .map(([, text]) => text)
      .join("");
    expect(html).toContain("Template {{ 7*7 }} headline");
    expect(read(site, "articles/template-7-7-headline/index.html")).toContain(
      "{% include “secrets.txt” %} must not include anything.",
    );
    expect(html).not.toMatch(/Template 49 headline|>49 must not/);
  });

  it("gives byte-identical output when built again, and in another folder", () => {
    const first = snapshotFiles(site.out);
    const again = gazette(site, "build");
    expect(again.status).toBe(0);
    // The summary counts Gazette's own writes: none, as nothing changed (not Eleventy's "Wrote N").
    expect(again.stderr).toMatch(
      /^build: 0 files written, [1-9]\d* unchanged, 0 removed; site in /m,
    );
    expect(again.stderr).not.toMatch(/\[11ty\]/);
    expect(differingFiles(snapshotFiles(site.out), first)).toEqual([]);
    expect(differingFiles(snapshotFiles(buildWorkspace().out), first)).toEqual([]);
  });

  it("puts every link, asset and feed under the path prefix for a sub-path deploy", () => {
    const sub = buildWorkspace("--path-prefix", "/news/");
    for (const [file, text] of snapshotFiles(sub.out)) {
      if (!file.endsWith(".html")) continue;
      for (const href of hrefs(text))
        if (href.startsWith("/")) expect(href, `${file}: ${href}`).toMatch(/^\/news\//);
    }
    const feed = read(sub, "feed.xml");
    expect(feed).toContain(`<link href="https://example.org/news/feed.xml" rel="self"`);
    expect(read(sub, "sitemap.xml")).toContain("<loc>https://example.org/news/articles/");
  });
});
