// Crawls a served site the way a link checker does: plain HTTP fetches, starting from the
// home page, following every internal link and resource in pages, stylesheets and feeds.
// Absolute URLs on the site's public origin are mapped onto the local server.
import {
  extractCssLinks,
  extractHtmlLinks,
  extractJsonFeedLinks,
  extractXmlLinks,
  type FoundLink,
} from "./extract-links.ts";

export interface Reference {
  /** The page or feed the URL was found in. */
  from: string;
  where: string;
  url: string;
}

export interface FetchedUrl {
  status: number;
  contentType: string;
  /** The first place that pointed here; empty for start URLs. */
  firstReference?: Reference;
}

export interface CrawlResult {
  /** Every local URL fetched (origin + path), with its status. */
  fetched: Map<string, FetchedUrl>;
  /** Resources (scripts, styles, images) on another host: a page must not load them. */
  externalResources: Reference[];
  /** Internal URLs that do not start with the path prefix. */
  outsidePrefix: Reference[];
}

export interface CrawlOptions {
  /** The local server: "http://127.0.0.1:41234". */
  origin: string;
  /** The site's path prefix: "/" or "/news/". */
  prefix: string;
  /** The public origin the site was built for ("https://gazette.example.org"): mapped to `origin`. */
  siteOrigin?: string;
  start: string[];
  concurrency?: number;
}

function linksOf(body: string, contentType: string, url: string): FoundLink[] {
  if (contentType.includes("html")) return extractHtmlLinks(body);
  if (contentType.includes("css")) return extractCssLinks(body);
  if (contentType.includes("xml")) return extractXmlLinks(body);
  if (contentType.includes("json") && /feed\.json$/.test(url)) return extractJsonFeedLinks(body);
  return [];
}

/** Resolves a found URL; returns the local URL to crawl, or the external URL with `external`. */
export function resolveLink(
  raw: string,
  base: string,
  options: Pick<CrawlOptions, "origin" | "siteOrigin">,
): { url: string; external: boolean } | null {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  url.hash = "";
  if (options.siteOrigin && url.origin === options.siteOrigin)
    return { url: options.origin + url.pathname + url.search, external: false };
  return { url: url.href, external: url.origin !== options.origin };
}

export async function crawl(options: CrawlOptions): Promise<CrawlResult> {
  const result: CrawlResult = { fetched: new Map(), externalResources: [], outsidePrefix: [] };
  const queue: { url: string; reference?: Reference }[] = options.start.map((url) => ({ url }));
  const queued = new Set(options.start);

  const visit = async ({ url, reference }: { url: string; reference?: Reference }) => {
    const response = await fetch(url, { redirect: "manual" });
    const contentType = response.headers.get("content-type") ?? "";
    result.fetched.set(url, { status: response.status, contentType, firstReference: reference });
    if (response.status !== 200) return void (await response.body?.cancel());
    const body = await response.text();
    for (const link of linksOf(body, contentType, url)) {
      const resolved = resolveLink(link.url, url, options);
      if (!resolved) continue;
      const found: Reference = { from: url, where: link.where, url: link.url };
      if (resolved.external) {
        if (link.kind === "resource") result.externalResources.push(found);
        continue;
      }
      if (!new URL(resolved.url).pathname.startsWith(options.prefix))
        result.outsidePrefix.push(found);
      if (!queued.has(resolved.url)) {
        queued.add(resolved.url);
        queue.push({ url: resolved.url, reference: found });
      }
    }
  };

  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await visit(next);
  };
  // Workers stop when the queue is momentarily empty; loop until nobody added anything.
  while (queue.length > 0)
    await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  return result;
}
