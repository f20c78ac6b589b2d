import { describe, expect, it } from "vitest";
import { ROUTES } from "../../src/render/routes.ts";
import { buildSiteModel } from "../../src/render/build-site-model.ts";
import type { LoadedArticle } from "../../src/render/load-articles.ts";
import { addNewsroom, joinNames } from "../../src/render/newsroom-model.ts";
import { siteConfigSchema } from "../../src/site-config.ts";

function article(slug: string, date: string, extra: Partial<LoadedArticle> = {}): LoadedArticle {
  return {
    title: slug,
    slug,
    date,
    description: "",
    people: [],
    tags: [],
    source: `${slug}.txt`,
    file: `articles/${slug}.md`,
    body: "",
    html: "",
    wordCount: 100,
    ...extra,
  };
}

const articles = [
  article("rates", "2025-04-03T00:00:00Z", {
    section: "Business",
    tags: ["Bank of England"],
    byline: ["Ann Lee", "Bo Chan"],
  }),
  article("derby", "2025-04-02T00:00:00Z", { section: "Sport", tags: ["Whitby"] }),
  article("shares", "2025-04-01T00:00:00Z", { section: "Business" }),
  article("loose", "2025-03-01T00:00:00Z", { title: "Whitby harbour", tags: ["York", "Whitby"] }),
];

describe("sections in the site model", () => {
  const site = siteConfigSchema.parse({
    pageSize: 1,
    sections: [{ slug: "sport", title: "Sport and games", description: "Results." }],
  });
  const model = addNewsroom(buildSiteModel(articles, site, "/news/"), site, "/news/");

  it("orders sections as site.json lists them, then A–Z, renamed and described by slug", () => {
    expect(model.sections.map((s) => [s.slug, s.name, s.description])).toEqual([
      ["sport", "Sport and games", "Results."],
      ["business", "Business", undefined],
    ]);
  });

  it("gives each section its articles newest first on paginated fronts with a feed", () => {
    const business = model.sections.find((s) => s.slug === "business")!;
    expect(business.articles.map((a) => a.slug)).toEqual(["rates", "shares"]);
    expect(business.url).toBe("/news/sections/business/");
    expect(business.feedUrl).toBe("/news/sections/business/feed.xml");
    expect(
      model.sectionPages.filter((p) => p.section === business).map((p) => p.permalink),
    ).toEqual(["/sections/business/", "/sections/business/page/2/"]);
    expect(model.sitemap).toContain("/news/sections/business/page/2/");
  });

  it("makes the section the kicker, and the most salient topic when there is none", () => {
    const kicker = (slug: string) => model.articles.find((a) => a.slug === slug)!.kicker;
    expect(kicker("rates")).toEqual({ name: "Business", url: "/news/sections/business/" });
    expect(kicker("derby")!.name).toBe("Sport and games");
    expect(kicker("loose")).toEqual({ name: "Whitby", url: "/news/tags/whitby/" });
  });

  it("writes bylines as a reader says them", () => {
    expect(model.articles.find((a) => a.slug === "rates")!.bylineText).toBe("Ann Lee and Bo Chan");
    expect(joinNames(["A", "B", "C"])).toBe("A, B and C");
  });
});

describe("the sections in the navigation", () => {
  it("are plain links, so that a story's edit does not change every page's inputs", () => {
    const site = siteConfigSchema.parse({});
    const model = addNewsroom(buildSiteModel(articles, site, "/"), site, "/");
    expect(model.sectionNav).toEqual([
      { name: "Business", url: "/sections/business/" },
      { name: "Sport", url: "/sections/sport/" },
    ]);
    // Pages in the base layout declare the plain links, not the section views whose articles change with any story.
    expect(ROUTES["article.njk"]!.reads).toContain("sectionNav");
    expect(ROUTES["article.njk"]!.reads).not.toContain("sections");
  });
});
