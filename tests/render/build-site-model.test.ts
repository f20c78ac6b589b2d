import { describe, expect, it } from "vitest";
import { buildSiteModel, countByMonth } from "../../src/render/build-site-model.ts";
import type { LoadedArticle } from "../../src/render/load-articles.ts";
import { siteConfigSchema } from "../../src/site-config.ts";

const site = siteConfigSchema.parse({ pageSize: 2 });

function article(
  slug: string,
  date: string,
  people: string[],
  tags: string[],
  extra: Partial<LoadedArticle> = {},
): LoadedArticle {
  return {
    title: slug,
    slug,
    date,
    description: "",
    people,
    tags,
    source: `${slug}.txt`,
    file: `articles/${slug}.md`,
    body: "",
    html: "",
    wordCount: 460,
    ...extra,
  };
}

const articles = [
  article("old", "2025-01-10T00:00:00Z", ["Jane Smith", "Tom Jones"], ["York"], {
    roles: { "Jane Smith": "Forecaster" },
    quotes: [{ speaker: "Jane Smith", text: "Stay indoors." }, { text: "Nobody said this." }],
  }),
  article("mid", "2025-02-10T00:00:00Z", ["Jane Smith"], ["York", "Nato"], {
    aliases: { "Jane Smith": ["Smith"] },
  }),
  article("new", "2025-04-10T00:00:00Z", ["Tom Jones"], ["NATO"]),
];

describe("buildSiteModel", () => {
  const model = buildSiteModel(articles, site, "/news/");

  it("lists articles newest first, linked to their neighbours", () => {
    expect(model.articles.map((a) => a.slug)).toEqual(["new", "mid", "old"]);
    expect(model.articles[1]!.previous?.slug).toBe("old");
    expect(model.articles[1]!.next?.slug).toBe("new");
    expect(model.articles[0]!.url).toBe("/news/articles/new/");
    expect(model.articles[0]!.permalink).toBe("/articles/new/");
    expect(model.articles[0]!.readingMinutes).toBe(2);
  });

  it("paginates the home page by the configured page size", () => {
    expect(model.homePages.map((page) => page.items.map((a) => a.slug))).toEqual([
      ["new", "mid"],
      ["old"],
    ]);
    expect(model.homePages[1]!.permalink).toBe("/page/2/");
  });

  it("gives each tag and person its articles newest first", () => {
    const york = model.tags.find((tag) => tag.name === "York")!;
    expect(york.articles.map((a) => a.slug)).toEqual(["mid", "old"]);
    expect(york.url).toBe("/news/tags/york/");
  });

  it("makes names that share a slug one entity under the most used spelling", () => {
    const nato = model.tags.filter((tag) => tag.slug === "nato");
    expect(nato).toHaveLength(1);
    expect(nato[0]!.articles.map((a) => a.slug)).toEqual(["new", "mid"]);
  });

  it("collects a person's role, aliases, quotes and the people named beside them", () => {
    const jane = model.people.find((person) => person.name === "Jane Smith")!;
    expect(jane.roles).toEqual(["Forecaster"]);
    expect(jane.aliases).toEqual(["Smith"]);
    expect(jane.quotes.map((quote) => [quote.text, quote.article.slug])).toEqual([
      ["Stay indoors.", "old"],
    ]);
    expect(jane.namedWith).toEqual([
      { name: "Tom Jones", url: "/news/people/tom-jones/", count: 1 },
    ]);
  });

  it("lets the editor's note set a person's role and bio", () => {
    const noted = buildSiteModel(
      articles,
      site,
      "/",
      new Map([["Tom Jones", { role: "Singer", bio: "Welsh singer." }]]),
    );
    const tom = noted.people.find((person) => person.name === "Tom Jones")!;
    expect(tom.roles).toEqual(["Singer"]);
    expect(tom.bio).toBe("Welsh singer.");
    expect(noted.articles[0]!.personLinks[0]).toEqual({
      name: "Tom Jones",
      url: "/people/tom-jones/",
      role: "Singer",
    });
  });

  it("shows one role per person, the most specific the articles give, as it reads in English", () => {
    const premier = buildSiteModel(
      [
        article("a", "2025-01-01T00:00:00Z", ["Jonas Gahr Støre"], [], {
          roles: { "Jonas Gahr Støre": "Prime Minister" },
        }),
        article("b", "2025-01-02T00:00:00Z", ["Jonas Gahr Støre"], [], {
          roles: { "Jonas Gahr Støre": "Norway Prime Minister" },
        }),
        article("c", "2025-01-03T00:00:00Z", ["Jonas Gahr Støre"], [], {
          roles: { "Jonas Gahr Støre": "Prime Minister" },
        }),
      ],
      site,
      "/",
    );
    expect(premier.people[0]!.roles).toEqual(["Prime Minister of Norway"]);
    expect(premier.articles.map((a) => a.personLinks[0]!.role)).toEqual([
      "Prime Minister",
      "Prime Minister of Norway",
      "Prime Minister",
    ]);
  });

  it("lists a quote repeated by near-duplicate stories once, linked to the earliest", () => {
    const said = (slug: string, date: string, text: string) =>
      article(slug, date, ["Ada Lovelace"], [], { quotes: [{ speaker: "Ada Lovelace", text }] });
    const repeated = buildSiteModel(
      [
        said("first", "2025-01-01T00:00:00Z", "The engine might compose music."),
        said("update", "2025-01-02T00:00:00Z", "“The Engine might compose  music”"),
        said("later", "2025-01-03T00:00:00Z", "might compose music"),
      ],
      site,
      "/",
    );
    expect(repeated.people[0]!.quotes.map((quote) => [quote.text, quote.article.slug])).toEqual([
      ["The engine might compose music.", "first"],
    ]);
  });

  it("lists every HTML page in the sitemap exactly once", () => {
    expect(new Set(model.sitemap).size).toBe(model.sitemap.length);
    expect(model.sitemap).toEqual(
      expect.arrayContaining([
        "/news/",
        "/news/page/2/",
        "/news/articles/old/",
        "/news/tags/",
        "/news/tags/york/",
        "/news/people/",
        "/news/people/jane-smith/",
      ]),
    );
  });

  it("takes the feeds' updated date from the newest article, never the clock", () => {
    expect(model.updated).toBe("2025-04-10T00:00:00Z");
  });
});

describe("countByMonth", () => {
  it("counts articles per month, including empty months between", () => {
    expect(countByMonth(articles)).toEqual([
      { month: "2025-01", count: 1 },
      { month: "2025-02", count: 1 },
      { month: "2025-03", count: 0 },
      { month: "2025-04", count: 1 },
    ]);
  });

  it("is empty without articles", () => {
    expect(countByMonth([])).toEqual([]);
  });
});

describe("buildSiteModel with review", () => {
  // Only Jane Smith and York passed review (src/review/): Tom Jones and NATO wait for the editor.
  const model = buildSiteModel(articles, site, "/", new Map(), {
    person: new Set(["jane-smith"]),
    tag: new Set(["york"]),
  });

  it("gives pages only to published people and tags", () => {
    expect(model.people.map((p) => p.name)).toEqual(["Jane Smith"]);
    expect(model.tags.map((t) => t.name)).toEqual(["York"]);
    expect(
      model.sitemap.filter(
        (url) => /^\/(people|tags)\/[a-z]/.test(url) && url !== "/tags/by-count/",
      ),
    ).toEqual(["/tags/york/", "/people/jane-smith/"]);
  });

  it("keeps unpublished names on their articles, without a link", () => {
    const old = model.articles.find((a) => a.slug === "old")!;
    expect(old.personLinks).toEqual([
      { name: "Jane Smith", url: "/people/jane-smith/", role: "Forecaster" },
      { name: "Tom Jones", url: undefined, role: undefined },
    ]);
    expect(model.articles.find((a) => a.slug === "new")!.tagLinks).toEqual([
      { name: "NATO", url: undefined },
    ]);
  });

  it("leaves unpublished people out of 'often named with'", () => {
    expect(model.people[0]!.namedWith).toEqual([]);
  });
});
