// One call for a test file's setup: the fixture build for a path prefix, served locally, and
// the public origin it was built for (read from the home page's canonical link).
import { ensureFixtureSites, SUB_PATH, type FixtureSites } from "./build-fixture-site.ts";
import { extractHtmlLinks } from "./extract-links.ts";
import { serveSite, type ServedSite } from "./serve-site.ts";

export const BUILDS = [
  { name: "root", prefix: "/" },
  { name: "sub-path", prefix: SUB_PATH },
] as const;

export interface SiteUnderTest extends ServedSite {
  prefix: string;
  dir: string;
  /** The origin in canonical and feed URLs, e.g. "https://gazette.example.org". */
  siteOrigin: string;
  fixture: FixtureSites;
}

export async function openSiteUnderTest(prefix: string): Promise<SiteUnderTest> {
  const fixture = await ensureFixtureSites();
  if (!fixture.usesCorpus)
    console.warn(
      "browser tests: ../shared/corpus is absent, so the site is built from the project's own seeds only (fewer pages).",
    );
  const dir = prefix === "/" ? fixture.rootDir : fixture.subPathDir;
  const served = await serveSite(dir, prefix);
  const home = await (await fetch(served.home)).text();
  const canonical = extractHtmlLinks(home).find((link) => link.where === "link[rel=canonical]");
  if (!canonical)
    throw new Error(
      `Expected the home page ${served.home} to have a <link rel="canonical">, not none`,
    );
  return { ...served, prefix, dir, siteOrigin: new URL(canonical.url).origin, fixture };
}
