// The build's redirects: reads the URLs published before (published-urls.json) and the
// editor's renames (people.yaml, tags.yaml), finds where each vanished URL leads now, and
// remembers this build's URLs for the next one. A preview with drafts remembers nothing: its
// URLs were never published.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { foldName } from "../extract/fold-name.ts";
import { parseOverrides } from "../extract/parse-overrides.ts";
import { absoluteUrl, normalisePathPrefix } from "../urls.ts";
import type { NewsroomModel } from "./newsroom-model.ts";
import {
  mergePublishedUrls,
  publishedUrlsOf,
  readPublishedUrls,
  writePublishedUrls,
} from "./published-urls.ts";
import { findRedirects, type RenamedNames } from "./redirects.ts";

export interface RedirectView {
  /** Output path of the HTML page at the old URL (no prefix), for its permalink. */
  permalink: string;
  /** Old and new URL with the deploy prefix. */
  from: string;
  to: string;
  /** The new URL in full, for the canonical link. */
  absoluteTo: string;
  /** Old entity pages also had sub-pages and feeds: the rule carries those too. */
  withSubpaths: boolean;
}

export function siteRedirects(
  model: NewsroomModel,
  contentDir: string,
  siteUrl: string,
  pathPrefix: string,
  remember: boolean,
): RedirectView[] {
  const current = publishedUrlsOf(model);
  const remembered = readPublishedUrls(contentDir);
  const redirects = findRedirects(remembered, current, renamedNames(contentDir, model));
  if (remember) writePublishedUrls(contentDir, mergePublishedUrls(remembered, current));
  const base = normalisePathPrefix(pathPrefix);
  const withPrefix = (path: string) => `${base}${path.replace(/^\//, "")}`;
  return redirects.map(({ from, to }) => ({
    permalink: from,
    from: withPrefix(from),
    to: withPrefix(to),
    absoluteTo: absoluteUrl(siteUrl, withPrefix(to)),
    // An article is one page; a person, topic or section page has page/2/ and feed.xml too.
    withSubpaths: !from.startsWith("/articles/"),
  }));
}

/** people.yaml's aliases and tags.yaml's renames, then the forms each person is named by. */
function renamedNames(contentDir: string, model: NewsroomModel): RenamedNames {
  const read = (name: string): unknown => {
    try {
      return parseYaml(readFileSync(join(contentDir, "_data", name), "utf8"));
    } catch {
      // Absent or broken (ingest reports a broken file): no renames from it.
      return undefined;
    }
  };
  let person = new Map<string, string>();
  let tag = new Map<string, string>();
  try {
    const overrides = parseOverrides(read("people.yaml"), read("tags.yaml"));
    person = new Map(overrides.personAlias);
    tag = new Map(overrides.tagAlias);
  } catch {
    // Ingest names the file and the key; render keeps going with what it has.
  }
  for (const view of model.people)
    for (const alias of view.aliases)
      if (!person.has(foldName(alias))) person.set(foldName(alias), view.name);
  return { person, tag };
}
