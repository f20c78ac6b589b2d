import { describe, expect, it } from "vitest";
import { defaultUrlWarning } from "../../src/cli/default-url-warning.ts";

describe("defaultUrlWarning", () => {
  it.each(["https://example.org", "https://example.org/", "https://EXAMPLE.org"])(
    "warns, naming the file and the key, while url is %s",
    (url) => {
      expect(defaultUrlWarning({ url }, "content/_data/site.json")).toMatch(
        /^content\/_data\/site\.json: "url" is still https:\/\/example\.org, .*; set "url" to the address the site is served from$/,
      );
    },
  );

  it.each(["https://news.example.org", "http://example.org", "https://gazette.example.com"])(
    "says nothing for a site's own url, %s",
    (url) => {
      expect(defaultUrlWarning({ url }, "content/_data/site.json")).toBeUndefined();
    },
  );
});
