// Builds the fixture site (tests/fixtures/site: 14 invented stories) with the real CLI, at the
// domain root and under /news/, and checks what a reader, a crawler and a feed reader get.
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const FIXTURE = join(ROOT, "tests/fixtures/site");
const ARTICLE_COUNT = readdirSync(join(FIXTURE, "seeds")).filter((name) =>
  name.endsWith(".txt"),
).length;

let work: string;
const site = (...parts: string[]) => join(work, "site", ...parts);
const sub = (...parts: string[]) => join(work, "sub", ...parts);
const read = (file: string) => readFileSync(file, "utf8");

// The build's "now" for the Google News sitemap: a day after the last fixture story (3 October
// 2025, 10:00 in London) and a week after the one before it.
const BUILD_TIME = "2025-10-04T12:00:00Z";

function build(out: string, extra: string[] = []): void {
  execFileSync(
    process.execPath,
    [
      join(ROOT, "bin/gazette.js"),
      "build",
      "--quiet",
      "--seeds",
      join(FIXTURE, "seeds"),
      "--content",
      join(work, "content"),
      "--out",
      out,
      ...extra,
    ],
    {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, SOURCE_DATE_EPOCH: String(Date.parse(BUILD_TIME) / 1000) },
    },
  );
}

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(extension))
    .map((name) => join(dir, name))
    .sort();
}

const hrefs = (html: string) =>
  [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) =>
    JSON.parse(m[1]!),
  );

/** The file a site-relative URL is served from, or undefined for other URLs. */
function fileFor(root: string, prefix: string, url: string): string | undefined {
  if (!url.startsWith(prefix)) return undefined;
  const path = decodeURIComponent(url.slice(prefix.length).split(/[?#]/)[0]!);
  return path === "" || path.endsWith("/") ? join(root, path, "index.html") : join(root, path);
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "gazette-site-"));
  cpSync(join(FIXTURE, "content"), join(work, "content"), { recursive: true });
  build(join(work, "site"));
  build(join(work, "again"), ["--skip-ingest"]);
  build(join(work, "sub"), ["--skip-ingest", "--path-prefix", "/news/"]);
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the fixture site", () => {
  it("has a page for every article, a second home page and a second page for the busiest topic", () => {
    expect(readdirSync(site("articles"))).toHaveLength(ARTICLE_COUNT);
    expect(existsSync(site("page/2/index.html"))).toBe(true);
    expect(existsSync(site("tags/harbourton-council/page/2/index.html"))).toBe(true);
    expect(existsSync(site("tags/by-count/index.html"))).toBe(true);
    expect(existsSync(site("people/mara-oyelaran/index.html"))).toBe(true);
  });

  it("links only to pages and files that exist", () => {
    const broken: string[] = [];
    for (const file of filesUnder(site(), ".html")) {
      for (const url of hrefs(read(file))) {
        const target = fileFor(site(), "/", url);
        if (target && !existsSync(target)) broken.push(`${relative(site(), file)} → ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("links an article to its people, its topics and the next story, and back from them", () => {
    const article = read(
      site("articles/harbourton-harbour-wall-finished-ahead-of-schedule/index.html"),
    );
    expect(article).toContain('href="/people/mara-oyelaran/"');
    expect(article).toContain('href="/tags/harbourton-council/"');
    expect(article).toMatch(/rel="prev" href="\/articles\/[a-z0-9-]+\/"/);
    expect(read(site("people/mara-oyelaran/index.html"))).toContain(
      'href="/articles/harbourton-harbour-wall-finished-ahead-of-schedule/"',
    );
  });

  it("lists every page in the sitemap, and every sitemap entry exists", () => {
    const sitemap = read(site("sitemap.xml"));
    expect(XMLValidator.validate(sitemap)).toBe(true);
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    for (const loc of locs) expect(existsSync(fileFor(site(), "/", loc)!), loc).toBe(true);
    const pages = filesUnder(site(), "index.html")
      .map((file) => relative(site(), dirname(file)))
      .map((dir) => (dir ? `/${dir}/` : "/"));
    expect(new Set(locs)).toEqual(new Set(pages));
  });

  it("shows people named in several articles in the people index, surname first, outside the fold", () => {
    const index = read(site("people/index.html"));
    const letterO = index.slice(
      index.indexOf('id="letter-o"'),
      index.indexOf("</section>", index.indexOf('id="letter-o"')),
    );
    expect(letterO).toMatch(
      /^id="letter-o">O<\/h2>\n<ul class="index-list">\n<li><a href="\/people\/mara-oyelaran\/">Oyelaran, Mara<\/a>/,
    );
    expect(letterO).not.toContain("<details");
  });

  it("gives each article in the sitemap its date as <lastmod>", () => {
    const sitemap = read(site("sitemap.xml"));
    expect(sitemap).toContain(
      "<loc>https://gazette.example.org/articles/harbourton-harbour-wall-finished-ahead-of-schedule/</loc><lastmod>2025-09-26T15:00:00+01:00</lastmod>",
    );
    expect([...sitemap.matchAll(/<lastmod>/g)]).toHaveLength(ARTICLE_COUNT);
  });

  it("lists the stories of the 48 hours before the build in a Google News sitemap named in robots.txt", () => {
    const news = read(site("news-sitemap.xml"));
    expect(XMLValidator.validate(news)).toBe(true);
    const parsed = new XMLParser().parse(news).urlset;
    expect(parsed.url).toEqual({
      loc: "https://gazette.example.org/articles/harbourton-council-website-shows-code-instead-of-notices/",
      "news:news": {
        "news:publication": { "news:name": "The Harbourton Gazette", "news:language": "en" },
        "news:publication_date": "2025-10-03T10:00:00+01:00",
        "news:title": "Harbourton council website shows code instead of notices",
      },
    });
    expect(read(site("robots.txt"))).toContain(
      "Sitemap: https://gazette.example.org/news-sitemap.xml",
    );
  });

  it("gives articles NewsArticle and people Person structured data, in the head", () => {
    const article = read(
      site("articles/harbourton-harbour-wall-finished-ahead-of-schedule/index.html"),
    );
    const head = article.slice(0, article.indexOf("</head>"));
    expect(jsonLd(head).map((data) => data["@type"])).toEqual(["NewsArticle"]);
    expect(jsonLd(head)[0].url).toBe(
      "https://gazette.example.org/articles/harbourton-harbour-wall-finished-ahead-of-schedule/",
    );
    const person = jsonLd(read(site("people/mara-oyelaran/index.html")));
    expect(person).toMatchObject([
      { "@type": "Person", name: "Mara Oyelaran", jobTitle: "Mayor of Harbourton" },
    ]);
  });

  it("shows the editor's bio and a coverage chart with a text alternative on a person page", () => {
    const page = read(site("people/mara-oyelaran/index.html"));
    expect(page).toContain("harbour pilot for fifteen years");
    expect(page).toMatch(
      /<svg class="coverage-chart"[^>]*role="img"[^>]*aria-label="[^"]+"><title>/,
    );
    expect(page).toMatch(/<figcaption>\d+ articles from January 2025 to/);
  });

  it("writes Atom feeds that parse, with absolute ids and escaped HTML content", () => {
    const feeds = [
      site("feed.xml"),
      ...filesUnder(site("tags"), "feed.xml"),
      ...filesUnder(site("people"), "feed.xml"),
    ];
    expect(feeds.length).toBeGreaterThan(5);
    const parser = new XMLParser({ ignoreAttributes: false });
    for (const file of feeds) {
      const text = read(file);
      expect(XMLValidator.validate(text), file).toBe(true);
      const entries = [parser.parse(text).feed.entry].flat();
      for (const entry of entries) {
        expect(entry.id).toMatch(/^https:\/\/gazette\.example\.org\/articles\//);
        expect(entry.content["@_type"]).toBe("html");
        expect(entry.content["#text"]).toMatch(/^<p>/);
      }
    }
    expect(JSON.parse(read(site("feed.json"))).items).toHaveLength(ARTICLE_COUNT);
  });

  it("prints markup and template syntax from a seed as text", () => {
    const page = read(
      site("articles/harbourton-council-website-shows-code-instead-of-notices/index.html"),
    );
    expect(page).not.toContain("<script>alert");
    expect(page).toContain("&lt;script&gt;alert");
    expect(page).toContain("{{ 7 * 7 }}");
  });

  it("indexes the articles, and only the articles, for search, with person and topic filters", () => {
    // The fixture's site.json sets a small searchShardSize: pagefind/ and the shards it lists hold every article once.
    const { shards } = JSON.parse(read(site("pagefind/shards.json"))) as { shards: string[] };
    expect(shards.length).toBeGreaterThan(0);
    const pageCount = (dir: string) =>
      Object.values(
        JSON.parse(read(site(`${dir}pagefind-entry.json`))).languages as Record<
          string,
          { page_count: number }
        >,
      )[0]!.page_count;
    expect(
      ["pagefind/", ...shards.map((shard) => `pagefind/${shard}`)].reduce(
        (sum, dir) => sum + pageCount(dir),
        0,
      ),
    ).toBe(ARTICLE_COUNT);
    expect(readdirSync(site("pagefind/filter")).length).toBeGreaterThan(0);
    expect(existsSync(site("pagefind/pagefind-ui.js"))).toBe(true);
  });

  it("serves CSS and fonts under fingerprinted names that the pages use", () => {
    const css = filesUnder(site("assets"), ".css");
    expect(css.map((file) => relative(site(), file))).toEqual([
      expect.stringMatching(/^assets\/site\.[0-9a-f]{10}\.css$/),
    ]);
    expect(read(site("index.html"))).toContain(`href="/${relative(site(), css[0]!)}"`);
    for (const font of read(css[0]!).matchAll(/url\("([^"]+)"\)/g))
      expect(existsSync(join(dirname(css[0]!), font[1]!))).toBe(true);
  });

  it("is byte-for-byte the same when built twice, search index included", () => {
    const files = (root: string) => readdirSync(root, { recursive: true, encoding: "utf8" }).sort();
    expect(files(join(work, "again"))).toEqual(files(site()));
    for (const name of files(site())) {
      if (statSync(site(name)).isFile())
        expect(readFileSync(join(work, "again", name)).equals(readFileSync(site(name))), name).toBe(
          true,
        );
    }
  });
});

describe("the fixture site under /news/", () => {
  it("has no root-relative link outside the prefix", () => {
    const outside = filesUnder(sub(), ".html").flatMap((file) =>
      hrefs(read(file))
        .filter((url) => url.startsWith("/") && !url.startsWith("/news/"))
        .map((url) => `${relative(sub(), file)} → ${url}`),
    );
    expect(outside).toEqual([]);
  });

  it("links only to files that exist once the prefix is taken off", () => {
    const broken = filesUnder(sub(), ".html").flatMap((file) =>
      hrefs(read(file))
        .map((url) => [url, fileFor(sub(), "/news/", url)] as const)
        .filter(([, target]) => target !== undefined && !existsSync(target))
        .map(([url]) => `${relative(sub(), file)} → ${url}`),
    );
    expect(broken).toEqual([]);
  });

  it("puts the prefix in canonical URLs, feeds and the sitemap", () => {
    expect(read(sub("index.html"))).toContain(
      '<link rel="canonical" href="https://gazette.example.org/news/">',
    );
    expect(read(sub("feed.xml"))).toContain("<id>https://gazette.example.org/news/articles/");
    expect(read(sub("sitemap.xml"))).not.toMatch(
      /<loc>https:\/\/gazette\.example\.org\/(?!news\/)/,
    );
    expect(read(sub("robots.txt"))).toContain(
      "Sitemap: https://gazette.example.org/news/sitemap.xml",
    );
    expect(read(sub("robots.txt"))).toContain(
      "Sitemap: https://gazette.example.org/news/news-sitemap.xml",
    );
    expect(read(sub("news-sitemap.xml"))).toContain(
      "<loc>https://gazette.example.org/news/articles/",
    );
  });
});
