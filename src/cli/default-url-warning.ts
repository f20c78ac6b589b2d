// The warning `gazette build` gives while site.json's "url" is still the placeholder: the build
// succeeds, but canonical links, feeds and the sitemap would send readers and search engines to
// https://example.org, which nothing else would tell the person publishing.
import { DEFAULT_URL, type SiteConfig } from "../site-config.ts";

/** One line naming the file and the fix, or undefined when the site has its own URL. */
export function defaultUrlWarning(
  site: Pick<SiteConfig, "url">,
  siteFile: string,
): string | undefined {
  if (new URL(site.url).origin !== new URL(DEFAULT_URL).origin) return undefined;
  return `${siteFile}: "url" is still ${DEFAULT_URL}, so canonical links, feeds and the sitemap point there; set "url" to the address the site is served from`;
}
