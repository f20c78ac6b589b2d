import { describe, expect, it } from "vitest";
import {
  lastModified,
  newsArticles,
  newsLanguage,
  NEWS_SITEMAP_LIMIT,
} from "../../src/render/news-sitemap.ts";

describe("newsArticles", () => {
  const now = new Date("2025-04-24T12:00:00Z");
  const at = (date: string) => ({ date });

  it("keeps the articles of the 48 hours before the build, newest first", () => {
    const articles = [
      at("2025-04-22T11:59:59Z"),
      at("2025-04-22T12:00:00Z"),
      at("2025-04-24T11:00:00+01:00"),
      at("2025-04-23T09:00:00-04:00"),
    ];
    expect(newsArticles(articles, now).map((article) => article.date)).toEqual([
      "2025-04-24T11:00:00+01:00",
      "2025-04-23T09:00:00-04:00",
      "2025-04-22T12:00:00Z",
    ]);
  });

  it("leaves out an article dated after the build", () => {
    expect(newsArticles([at("2025-04-24T12:00:01Z"), at("2025-04-24T12:00:00Z")], now)).toEqual([
      at("2025-04-24T12:00:00Z"),
    ]);
  });

  it(`lists at most ${NEWS_SITEMAP_LIMIT} articles`, () => {
    const articles = Array.from({ length: NEWS_SITEMAP_LIMIT + 5 }, (_, index) =>
      at(new Date(now.getTime() - index * 1000).toISOString()),
    );
    const listed = newsArticles(articles, now);
    expect(listed).toHaveLength(NEWS_SITEMAP_LIMIT);
    expect(listed[0]).toBe(articles[0]);
  });
});

describe("newsLanguage", () => {
  it.each([
    ["en", "en"],
    ["en-GB", "en"],
    ["fr_CA", "fr"],
    ["zh-Hans-CN", "zh-cn"],
    ["zh-TW", "zh-tw"],
    ["zh-Hant", "zh-tw"],
    ["zh", "zh-cn"],
  ])("gives %s as %s", (bcp47, expected) => {
    expect(newsLanguage(bcp47)).toBe(expected);
  });
});

describe("lastModified", () => {
  it("is the updated date when the article has one, else its date", () => {
    expect(lastModified({ date: "2025-04-24T09:00:00Z", updated: "2025-04-25T10:00:00Z" })).toBe(
      "2025-04-25T10:00:00Z",
    );
    expect(lastModified({ date: "2025-04-24T09:00:00Z" })).toBe("2025-04-24T09:00:00Z");
  });
});
