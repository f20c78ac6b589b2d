import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSiteConfig } from "../src/site-config.ts";

function contentWith(siteJson?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "gazette-config-"));
  if (siteJson !== undefined) {
    mkdirSync(join(dir, "_data"));
    writeFileSync(join(dir, "_data", "site.json"), siteJson);
  }
  return dir;
}

describe("loadSiteConfig", () => {
  it("fills defaults when there is no site.json", () => {
    expect(loadSiteConfig(contentWith())).toMatchObject({
      title: "Gazette",
      language: "en",
      timeZone: "UTC",
      pageSize: 10,
    });
  });

  it("reads the fields an editor sets", () => {
    const config = loadSiteConfig(
      contentWith(
        JSON.stringify({
          title: "The Harbourton Herald",
          timeZone: "Europe/London",
          url: "https://news.example.org",
        }),
      ),
    );
    expect(config).toMatchObject({
      title: "The Harbourton Herald",
      timeZone: "Europe/London",
      url: "https://news.example.org",
    });
  });

  it.each([
    ['{"timeZone": "Mars/Olympus"}', /site\.json: timeZone: expected an IANA time zone/],
    ['{"pageSize": 0}', /site\.json: pageSize/],
    ['{"url": "not a url"}', /site\.json: url/],
    ["{ not json", /site\.json: is not valid JSON/],
  ])("names the file and the field when %s is wrong", (json, message) => {
    expect(() => loadSiteConfig(contentWith(json))).toThrow(message);
  });
});
