// End to end: `gazette build` on a newsroom's seeds — section folders, seeds/articles.yaml with
// bylines, a draft, an embargo, a correction — then an editor's renames, and the redirects.
import { readFileSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  gazette,
  makeWorkspace,
  snapshotFiles,
  writeSeed,
  type Workspace,
} from "./helpers/workspace.ts";

const NOW = "2025-05-01T12:00:00Z";
const SEEDS = {
  "business/rates.txt":
    'Bank raises rates again\nThe Bank of England raised its main rate on Thursday, governor Andrew Bailey said.\n"We had to act," Mr Bailey said.',
  "sport/derby.txt":
    "Whitby win the derby\nWhitby Town beat Scarborough 2-1 on Saturday at the Turnbull Ground.",
  "sport/secret.txt": "Pier to close\nThe council will close the Whitby pier next month.",
  "business/future.txt": "Budget unveiled\nThe chancellor unveils the budget in Westminster.",
};
const ARTICLES_YAML = `business/rates.txt:
  date: 2025-04-24T09:30
  byline: [Ann Lee, Bo Chan]
  summary: The third rise this year.
  corrections:
    - { date: 2025-04-25T08:00, text: "The rise was 0.25 points, not 0.5." }
sport/derby.txt: { date: 2025-04-23T10:00, section: Football }
sport/secret.txt: { date: 2025-04-22, status: draft }
business/future.txt: { date: 2025-05-02T09:00 }
`;

const read = (workspace: Workspace, path: string) =>
  readFileSync(join(workspace.out, path), "utf8");
const allText = (workspace: Workspace) =>
  [...snapshotFiles(workspace.out).entries()]
    .filter(([file]) => !file.startsWith("pagefind/"))
    .map(([file, text]) => `${file}\n${text}`)
    .join("\n");

function build(workspace: Workspace, now = NOW, ...args: string[]) {
  process.env.GAZETTE_NOW = now;
  const run = gazette(workspace, "build", ...args);
  if (run.status !== 0) throw new Error(`gazette build failed (${run.status}):\n${run.stderr}`);
  return run;
}

afterEach(() => {
  delete process.env.GAZETTE_NOW;
  delete process.env.GAZETTE_DRAFTS;
});

describe("a newsroom's site", () => {
  let site: Workspace;
  beforeAll(() => {
    site = makeWorkspace(SEEDS);
    writeSeed(site, "articles.yaml", ARTICLES_YAML);
    mkdirSync(join(site.content, "_data"), { recursive: true });
    writeFileSync(
      join(site.content, "_data", "site.json"),
      JSON.stringify({
        sections: [
          { slug: "football", description: "Goals and results." },
          { slug: "business", title: "Money" },
        ],
      }),
    );
    build(site);
  });

  it("gives each section a front with its articles, an Atom feed and a place in the navigation", () => {
    const front = read(site, "sections/business/index.html");
    expect(front).toContain('<h1 class="page-title">Money');
    expect(front).toContain('href="/articles/bank-raises-rates-again/"');
    expect(read(site, "sections/football/index.html")).toContain("Goals and results.");
    expect(read(site, "sections/business/feed.xml")).toContain(
      "<title>Bank raises rates again</title>",
    );
    const nav = /<nav class="sections"[\s\S]*?<\/nav>/.exec(read(site, "index.html"))![0];
    expect([...nav.matchAll(/>([^<>]+)<\/a>/g)].map((m) => m[1])).toEqual([
      "Latest",
      "Football",
      "Money",
      "Topics",
      "People",
      "About",
    ]);
    expect(read(site, "sitemap.xml")).toContain(
      "<loc>https://example.org/sections/football/</loc>",
    );
  });

  it("puts the section above the headline, the byline, the summary and the corrections on the article", () => {
    const html = read(site, "articles/bank-raises-rates-again/index.html");
    expect(html).toMatch(
      /<p class="kicker"[^>]*><a href="\/sections\/business\/">Money<\/a><\/p>\s*<h1>Bank raises rates again<\/h1>/,
    );
    expect(html).toContain('<span class="byline">By Ann Lee and Bo Chan</span>');
    expect(html).toContain('<p class="standfirst">The third rise this year.</p>');
    expect(html).toMatch(
      /<aside class="corrections"[\s\S]*<time datetime="2025-04-25T08:00:00Z">25 April 2025<\/time>: The rise was 0.25 points, not 0.5./,
    );
    const jsonLd = JSON.parse(
      /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!,
    );
    expect(jsonLd.author).toEqual([
      { "@type": "Person", name: "Ann Lee" },
      { "@type": "Person", name: "Bo Chan" },
    ]);
  });

  it("shows a draft and an embargoed story nowhere: no page, list, feed, sitemap or search entry", () => {
    const text = allText(site);
    for (const hidden of [
      "Pier to close",
      "pier-to-close",
      "Budget unveiled",
      "budget-unveiled",
      "Westminster",
    ])
      expect(text, hidden).not.toContain(hidden);
    expect(existsSync(join(site.out, "articles/pier-to-close"))).toBe(false);
    const searchIndexed = [...snapshotFiles(join(site.out, "pagefind")).keys()].length;
    expect(searchIndexed).toBeGreaterThan(0);
  });

  it("publishes the embargoed story in the first build after its time", () => {
    build(site, "2025-05-02T09:00:00Z");
    expect(read(site, "index.html")).toContain('href="/articles/budget-unveiled/"');
    expect(read(site, "sections/business/feed.xml")).toContain("<title>Budget unveiled</title>");
    build(site);
    expect(read(site, "index.html")).not.toContain("budget-unveiled");
  });

  it("reads one clock for the embargo and the news sitemap, GAZETTE_NOW or else SOURCE_DATE_EPOCH", () => {
    build(site, "2025-05-02T09:00:00Z");
    expect(read(site, "news-sitemap.xml")).toContain("/articles/budget-unveiled/</loc>");
    delete process.env.GAZETTE_NOW;
    const buildAsOf = (iso: string) => {
      process.env.SOURCE_DATE_EPOCH = String(Date.parse(iso) / 1000);
      const run = gazette(site, "build", "--quiet");
      expect(run.status, run.stderr).toBe(0);
    };
    try {
      buildAsOf(NOW);
      expect(read(site, "index.html")).not.toContain("budget-unveiled");
      expect(read(site, "news-sitemap.xml")).not.toContain("budget-unveiled");
      buildAsOf("2025-05-02T09:00:00Z");
      expect(read(site, "index.html")).toContain('href="/articles/budget-unveiled/"');
      expect(read(site, "news-sitemap.xml")).toContain("/articles/budget-unveiled/</loc>");
    } finally {
      delete process.env.SOURCE_DATE_EPOCH;
    }
    build(site);
  });

  it("previews drafts and embargoed stories with a banner when GAZETTE_DRAFTS is 1 (what serve --drafts sets)", () => {
    process.env.GAZETTE_DRAFTS = "1";
    const preview = makeWorkspace(SEEDS);
    writeSeed(preview, "articles.yaml", ARTICLES_YAML);
    build(preview);
    expect(read(preview, "articles/pier-to-close/index.html")).toMatch(
      /<p class="unpublished-banner" role="note"><strong>Draft:<\/strong>/,
    );
    expect(read(preview, "articles/budget-unveiled/index.html")).toMatch(
      /<strong>Embargoed:<\/strong>/,
    );
    expect(read(preview, "articles/whitby-win-the-derby/index.html")).not.toContain(
      "unpublished-banner",
    );
    // A preview is not a publication: no URL of it is remembered.
    expect(existsSync(join(preview.content, "_data/published-urls.json"))).toBe(false);
  });

  it("shows an update when a published seed's text changes, in the page, JSON-LD and Atom", () => {
    writeSeed(
      site,
      "business/rates.txt",
      `${SEEDS["business/rates.txt"]}\nThe new rate applies from Monday.`,
    );
    build(site, "2025-05-03T10:00:00Z");
    const html = read(site, "articles/bank-raises-rates-again/index.html");
    expect(html).toContain('Updated <time datetime="2025-05-03T10:00:00Z">');
    expect(html).toContain('<time datetime="2025-04-24T09:30:00Z"');
    const jsonLd = JSON.parse(
      /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!,
    );
    expect([jsonLd.datePublished, jsonLd.dateModified]).toEqual([
      "2025-04-24T09:30:00Z",
      "2025-05-03T10:00:00Z",
    ]);
    expect(read(site, "feed.xml")).toMatch(
      /<published>2025-04-24T09:30:00Z<\/published>\s*<updated>2025-05-03T10:00:00Z<\/updated>/,
    );
    // The feed itself changed when its older story did.
    expect(read(site, "feed.xml")).toMatch(
      /<id>https:\/\/example.org\/<\/id>\s*<updated>2025-05-03T10:00:00Z<\/updated>/,
    );
  });

  it("redirects the old URLs of a renamed person, a merged tag and an article whose slug an editor changed", () => {
    const urls = JSON.parse(readFileSync(join(site.content, "_data/published-urls.json"), "utf8"));
    expect(urls["/people/andrew-bailey/"]).toBe("person:Andrew Bailey");
    expect(urls["/tags/bank-of-england/"]).toBe("tag:Bank of England");
    expect(Object.keys(urls)).toEqual([...Object.keys(urls)].sort());
    writeFileSync(
      join(site.content, "_data", "people.yaml"),
      'people:\n  "Andy Bailey":\n    aliases: ["Andrew Bailey"]\n',
    );
    writeFileSync(
      join(site.content, "_data", "tags.yaml"),
      'merge:\n  "BoE": ["Bank of England"]\n',
    );
    const page = join(site.content, "articles", "whitby-win-the-derby.md");
    writeFileSync(
      page,
      readFileSync(page, "utf8").replace('slug: "whitby-win-the-derby"', 'slug: "derby-day"'),
    );
    build(site);
    const rules = read(site, "_redirects");
    expect(rules).toContain(
      "/people/andrew-bailey/ /people/andy-bailey/ 301\n/people/andrew-bailey/* /people/andy-bailey/:splat 301",
    );
    expect(rules).toContain("/tags/bank-of-england/ /tags/boe/ 301");
    expect(rules).toContain("/articles/whitby-win-the-derby/ /articles/derby-day/ 301");
    const html = read(site, "people/andrew-bailey/index.html");
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/people/andy-bailey/">');
    expect(html).toContain('<link rel="canonical" href="https://example.org/people/andy-bailey/">');
    expect(html).toContain('<a href="/people/andy-bailey/">');
    expect(read(site, "articles/whitby-win-the-derby/index.html")).toContain(
      "url=/articles/derby-day/",
    );
    expect(read(site, "sitemap.xml")).not.toContain("andrew-bailey");
  });
});
