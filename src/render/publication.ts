// Drafts and embargoes: which articles readers may see at build time. A draft, or a story
// dated after "now", is left out before the site model is built, so it appears nowhere — no
// page, list, person or tag page, feed, sitemap or search index — until a build after its time.
// `gazette serve --drafts` shows them all, each marked, for editors to preview.

export type Unpublished = "draft" | "embargoed";

/** Why readers cannot see an article yet, or undefined when they can. */
export function unpublishedReason(
  article: { status?: string; date: string },
  now: number,
): Unpublished | undefined {
  if (article.status === "draft") return "draft";
  if (Date.parse(article.date) > now) return "embargoed";
  return undefined;
}

/**
 * The articles a build shows. With `includeDrafts`, every article, those not yet published
 * marked with `unpublished` (the article page shows a banner).
 */
export function selectPublished<T extends { status?: string; date: string }>(
  articles: readonly T[],
  now: number,
  includeDrafts = false,
): (T & { unpublished?: Unpublished })[] {
  if (!includeDrafts)
    return articles.filter((article) => unpublishedReason(article, now) === undefined);
  for (const article of articles) {
    const reason = unpublishedReason(article, now);
    if (reason) Object.assign(article, { unpublished: reason });
  }
  return [...articles];
}

export const DRAFTS_VARIABLE = "GAZETTE_DRAFTS";

/** Set by `gazette serve --drafts`; a plain build never shows drafts. */
export function showDrafts(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[DRAFTS_VARIABLE] === "1";
}
