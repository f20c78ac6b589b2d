// Finds every URL a page, stylesheet or feed points at, and whether a browser would fetch it
// by itself ("resource": scripts, styles, images) or only when followed ("link").
import { Parser } from "htmlparser2";
import { XMLParser } from "fast-xml-parser";

export interface FoundLink {
  /** The URL as written in the document, not yet resolved. */
  url: string;
  kind: "link" | "resource";
  /** Where it was found, for messages: "a[href]", "img[srcset]", "css url()", "atom link"… */
  where: string;
}

const RESOURCE_RELS = new Set([
  "stylesheet",
  "icon",
  "apple-touch-icon",
  "preload",
  "modulepreload",
  "manifest",
  "prefetch",
]);
const RESOURCE_ATTRIBUTES: Record<string, string[]> = {
  script: ["src"],
  img: ["src", "srcset"],
  source: ["src", "srcset"],
  iframe: ["src"],
  video: ["src", "poster"],
  audio: ["src"],
  track: ["src"],
  embed: ["src"],
  object: ["data"],
  input: ["src"],
};

const srcsetUrls = (srcset: string): string[] =>
  srcset
    .split(",")
    .map((part) => part.trim().split(/\s+/)[0])
    .filter((url): url is string => Boolean(url));

/** Links and resources of an HTML page. Open Graph URLs count as links. */
export function extractHtmlLinks(html: string): FoundLink[] {
  const found: FoundLink[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if ((name === "a" || name === "area") && attributes.href !== undefined)
        found.push({ url: attributes.href, kind: "link", where: `${name}[href]` });
      if (name === "link" && attributes.href !== undefined) {
        const rels = (attributes.rel ?? "").toLowerCase().split(/\s+/);
        found.push({
          url: attributes.href,
          kind: rels.some((rel) => RESOURCE_RELS.has(rel)) ? "resource" : "link",
          where: `link[rel=${attributes.rel}]`,
        });
      }
      if (
        name === "meta" &&
        /^og:(url|image)$/.test(attributes.property ?? "") &&
        attributes.content
      )
        found.push({
          url: attributes.content,
          kind: "link",
          where: `meta[property=${attributes.property}]`,
        });
      for (const attribute of RESOURCE_ATTRIBUTES[name] ?? []) {
        const value = attributes[attribute];
        if (value === undefined) continue;
        const urls = attribute === "srcset" ? srcsetUrls(value) : [value];
        for (const url of urls)
          found.push({ url, kind: "resource", where: `${name}[${attribute}]` });
      }
      if (attributes.style?.includes("url(")) found.push(...extractCssLinks(attributes.style));
    },
  });
  parser.write(html);
  parser.end();
  return found;
}

/** url(...) and @import references of a stylesheet; data: URLs are left out. */
export function extractCssLinks(css: string): FoundLink[] {
  const found: FoundLink[] = [];
  const pattern = /url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g;
  for (const match of css.matchAll(pattern)) {
    const url = (match[2] ?? match[4] ?? "").trim();
    if (!url.startsWith("data:") && !url.startsWith("#"))
      found.push({ url, kind: "resource", where: "css url()" });
  }
  return found;
}

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: () => true,
});

/** Links of an Atom feed (every link[href]) or a sitemap (every loc). */
export function extractXmlLinks(xml: string): FoundLink[] {
  const found: FoundLink[] = [];
  const visit = (node: unknown, name: string) => {
    if (Array.isArray(node)) return node.forEach((item) => visit(item, name));
    if (typeof node === "string" || typeof node === "number") {
      if (name === "loc")
        found.push({ url: String(node).trim(), kind: "link", where: "sitemap loc" });
      return;
    }
    if (!node || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    if (name === "link" && typeof record["@href"] === "string")
      found.push({ url: record["@href"], kind: "link", where: "atom link" });
    if (name === "loc" && typeof record["#text"] === "string")
      found.push({ url: record["#text"].trim(), kind: "link", where: "sitemap loc" });
    for (const [key, value] of Object.entries(record)) if (!key.startsWith("@")) visit(value, key);
  };
  visit(xmlParser.parse(xml), "");
  return found;
}

/** Links of a JSON Feed: home_page_url, feed_url and each item's url and image. */
export function extractJsonFeedLinks(json: string): FoundLink[] {
  const feed = JSON.parse(json) as {
    home_page_url?: string;
    feed_url?: string;
    items?: { url?: string; image?: string }[];
  };
  const urls = [
    feed.home_page_url,
    feed.feed_url,
    ...(feed.items ?? []).flatMap((item) => [item.url, item.image]),
  ];
  return urls
    .filter((url): url is string => typeof url === "string")
    .map((url) => ({ url, kind: "link", where: "json feed" }));
}
