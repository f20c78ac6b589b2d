// Structural checks of the feeds, beyond "it parses": what an Atom reader and a JSON Feed
// reader need to show an entry. Each function returns a list of problems, empty when fine.
import { XMLParser, XMLValidator } from "fast-xml-parser";

/** Problems that make `xml` not well-formed XML, as one message, or none. */
export function xmlProblems(xml: string): string[] {
  const result = XMLValidator.validate(xml);
  return result === true ? [] : [`line ${result.err.line}: ${result.err.msg}`];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => name === "entry" || name === "link" || name === "url",
});

/** Problems of an Atom feed (RFC 4287): feed id, title, updated; each entry id, title, updated, link. */
export function atomProblems(xml: string): string[] {
  const problems = xmlProblems(xml);
  if (problems.length) return problems;
  const feed = parser.parse(xml).feed as Record<string, unknown> | undefined;
  if (!feed) return ["expected a <feed> root element"];
  if (feed["@xmlns"] !== "http://www.w3.org/2005/Atom")
    problems.push(`expected xmlns="http://www.w3.org/2005/Atom", not "${feed["@xmlns"]}"`);
  for (const field of ["id", "title", "updated"])
    if (feed[field] === undefined) problems.push(`the feed has no <${field}>`);
  const entries = (feed.entry ?? []) as Record<string, unknown>[];
  entries.forEach((entry, index) => {
    for (const field of ["id", "title", "updated", "link"])
      if (entry[field] === undefined) problems.push(`entry ${index + 1} has no <${field}>`);
  });
  return problems;
}

/** Problems of a sitemap: a <urlset> whose every <url> has an absolute <loc>. */
export function sitemapProblems(xml: string): string[] {
  const problems = xmlProblems(xml);
  if (problems.length) return problems;
  const urlset = parser.parse(xml).urlset as { url?: { loc?: string }[] } | undefined;
  if (!urlset) return ["expected a <urlset> root element"];
  for (const url of urlset.url ?? [])
    if (!/^https?:\/\//.test(String(url.loc ?? "")))
      problems.push(`<loc> is not an absolute URL: "${url.loc}"`);
  return problems;
}

/** Problems of a JSON Feed 1.1: version, title, items; each item an id and content. */
export function jsonFeedProblems(text: string): string[] {
  let feed: Record<string, unknown>;
  try {
    feed = JSON.parse(text);
  } catch (error) {
    return [`not valid JSON: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  if (typeof feed.version !== "string" || !feed.version.startsWith("https://jsonfeed.org/version/"))
    problems.push(
      `expected version "https://jsonfeed.org/version/1.1", not ${JSON.stringify(feed.version)}`,
    );
  if (typeof feed.title !== "string" || feed.title === "") problems.push("expected a title");
  if (!Array.isArray(feed.items)) return [...problems, "expected an items array"];
  (feed.items as Record<string, unknown>[]).forEach((item, index) => {
    if (typeof item.id !== "string" || item.id === "") problems.push(`item ${index + 1} has no id`);
    if (typeof item.content_html !== "string" && typeof item.content_text !== "string")
      problems.push(`item ${index + 1} has neither content_html nor content_text`);
  });
  return problems;
}
