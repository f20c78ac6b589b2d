// Site configuration: one documented file, content/_data/site.json, read by ingest (time zone)
// and by every template (title, URL, language, publisher). Defaults fill what it leaves out.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { IANAZone } from "luxon";
import { ConfigError } from "./errors.ts";

/** The placeholder origin: a site still on it publishes links to a domain that is not its own. */
export const DEFAULT_URL = "https://example.org";

// Only http and https: these URLs become links, feed ids and JSON-LD, where a javascript: or
// data: URL would run script or mislead a reader (issue 13).
const webUrl = z.url({
  protocol: /^https?$/,
  error: "expected an http:// or https:// URL, such as https://news.example.org",
});

export const siteConfigSchema = z.object({
  title: z.string().min(1).default("Gazette"),
  description: z.string().default("News, from plain text to the page."),
  /** The origin the site is served from, without the path prefix: "https://news.example.org". */
  url: webUrl.default(DEFAULT_URL),
  language: z.string().min(2).default("en"),
  timeZone: z
    .string()
    .refine(
      (zone) => IANAZone.isValidZone(zone),
      "expected an IANA time zone such as Europe/London",
    )
    .default("UTC"),
  publisher: z
    .object({ name: z.string().min(1), url: webUrl.optional(), logo: z.string().optional() })
    .default({ name: "Gazette" }),
  about: z.string().default(""),
  /** Articles per page on the home page and on tag and person pages. */
  pageSize: z.number().int().min(1).max(200).default(10),
  /**
   * Articles per search-index shard at most (see src/render/search-shards.ts): smaller shards
   * make rebuilds faster, larger ones make a reader's first search fetch less.
   */
  searchShardSize: z.number().int().min(1).default(2000),
  /**
   * Confidence (0–1, src/review/confidence.ts) a person or tag needs for a page without the
   * editor's approval: 0 gives every name a page, as before review existed.
   */
  reviewThreshold: z.number().min(0).max(1).default(0.5),
  /**
   * The sections in navigation order, each renamed and described by its slug (the seeds'
   * folder: business/ → "business"). Sections not listed follow, A–Z.
   */
  sections: z
    .array(
      z
        .object({
          slug: z
            .string()
            .regex(
              /^[a-z0-9]+(-[a-z0-9]+)*$/,
              "expected the section's slug, lower-case words joined by hyphens, like world-news",
            ),
          title: z.string().min(1).optional(),
          description: z.string().optional(),
        })
        .strict(),
    )
    .default([]),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;

export const SITE_CONFIG_FILE = join("_data", "site.json");

/** Reads `<contentDir>/_data/site.json`; a missing file means all defaults. */
export function loadSiteConfig(contentDir: string): SiteConfig {
  const file = join(contentDir, SITE_CONFIG_FILE);
  let raw: unknown = {};
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT")
      throw new ConfigError(
        file,
        `is not valid JSON (${(error as Error).message}); fix the syntax`,
      );
  }
  const parsed = siteConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new ConfigError(file, why);
  }
  return parsed.data;
}
