import { describe, expect, it } from "vitest";
import { absoluteUrl, makeUrls, nameSlug, normalisePathPrefix } from "../src/urls.ts";

describe("makeUrls", () => {
  const root = makeUrls("/");
  const sub = makeUrls("/news/");

  it.each([
    ["home", root.home(), "/"],
    ["home page 2", root.home(2), "/page/2/"],
    ["article", root.article("storm-hits-coast"), "/articles/storm-hits-coast/"],
    ["tag index", root.tags(), "/tags/"],
    ["tag", root.tag("NATO"), "/tags/nato/"],
    ["tag page 2", root.tag("NATO", 2), "/tags/nato/page/2/"],
    ["tag feed", root.tagFeed("United States"), "/tags/united-states/feed.xml"],
    ["people index", root.people(), "/people/"],
    ["person", root.person("Jonas Gahr Støre"), "/people/jonas-gahr-store/"],
    ["person page 3", root.person("Donald Trump", 3), "/people/donald-trump/page/3/"],
    ["feed", root.feed(), "/feed.xml"],
    ["sitemap", root.sitemap(), "/sitemap.xml"],
    ["news sitemap", root.newsSitemap(), "/news-sitemap.xml"],
    ["sub-path news sitemap", sub.newsSitemap(), "/news/news-sitemap.xml"],
    ["404", root.notFound(), "/404.html"],
    ["sub-path person", sub.person("Donald Trump"), "/news/people/donald-trump/"],
    ["sub-path asset", sub.asset("/assets/site.css"), "/news/assets/site.css"],
  ])("makes the %s URL", (_kind, url, expected) => {
    expect(url).toBe(expected);
  });

  it.each([
    ["", "/"],
    ["/", "/"],
    ["news", "/news/"],
    ["/news", "/news/"],
    ["//news//", "/news/"],
    ["/a/b/", "/a/b/"],
  ])("normalises the path prefix %j to %j", (prefix, expected) => {
    expect(normalisePathPrefix(prefix)).toBe(expected);
  });

  it("gives names without Latin letters a stable non-empty slug", () => {
    expect(nameSlug("東京")).toMatch(/^n-[0-9a-f]{8}$/);
    expect(nameSlug("東京")).toBe(nameSlug("東京"));
    expect(nameSlug("東京")).not.toBe(nameSlug("大阪"));
  });

  it("joins the site origin with a path", () => {
    expect(absoluteUrl("https://example.org", "/news/tags/nato/")).toBe(
      "https://example.org/news/tags/nato/",
    );
    expect(absoluteUrl("https://example.org/", "/feed.xml")).toBe("https://example.org/feed.xml");
  });
});
