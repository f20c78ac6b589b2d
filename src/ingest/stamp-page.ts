// Tells pages ingest wrote from pages a person changed. Ingest records a hash of the page it
// writes in the page itself (`ingestHash`); a page whose text no longer matches its hash was
// edited by hand, and ingest must keep it.
import type { ArticleFrontMatter } from "../article.ts";
import { formatPage } from "../front-matter.ts";
import { hashText } from "../hash.ts";

const STAMP_LINE = /^ingestHash: "?([0-9a-f]+)"?\n/m;

/** Page text for an article, with the hash of everything else recorded in `ingestHash`. */
export function stampPage(data: Omit<ArticleFrontMatter, "ingestHash">, body: string): string {
  const unstamped = formatPage({ ...data, ingestHash: undefined }, body);
  // ingestHash is the last front-matter key, so the stamped page is the unstamped one with its
  // line added before the closing fence (values are JSON-quoted: no other line is "---").
  const closingFence = unstamped.indexOf("\n---\n");
  return `${unstamped.slice(0, closingFence)}\ningestHash: ${JSON.stringify(hashText(unstamped))}${unstamped.slice(closingFence)}`;
}

/**
 * - "pristine": exactly as ingest last wrote it, safe to replace;
 * - "edited": ingest wrote it and a person changed it since;
 * - "hand-made": no stamp at all, a page a person wrote; ingest never touches it.
 */
export type PageState = "pristine" | "edited" | "hand-made";

export function pageState(text: string): PageState {
  const match = STAMP_LINE.exec(text);
  if (!match) return "hand-made";
  const unstamped = text.slice(0, match.index) + text.slice(match.index + match[0].length);
  return hashText(unstamped) === match[1] ? "pristine" : "edited";
}
