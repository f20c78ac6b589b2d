// Gives every article its own URL slug, deterministically. An article keeps the slug its page
// already has (published URLs do not move); a new one gets its headline's slug; when two
// headlines slug alike ("Storm hits coast", "STORM HITS COAST!"), the first by seed path keeps
// the plain slug and the others get a suffix from their text's hash, so the result does not
// depend on the order files are read in.
import { slugify } from "../slug.ts";

export interface SlugRequest {
  source: string;
  title: string;
  /** Hash of the article's text: the tie-breaker for headlines that slug alike. */
  textHash: string;
  /** The slug on the article's existing page, if it has one. */
  existingSlug?: string;
}

/** Slugs no article may take (none collide today, as articles live under /articles/, but an
 * index page may move there one day). */
export const RESERVED_SLUGS = new Set([
  "index",
  "page",
  "feed",
  "tags",
  "people",
  "search",
  "about",
  "404",
]);

/**
 * @returns source → slug, for every request.
 * @example
 * assignSlugs([{ source: "a.txt", title: "Storm hits coast", textHash: "1f2e" }]) //=> Map { "a.txt" => "storm-hits-coast" }
 */
export function assignSlugs(
  requests: readonly SlugRequest[],
  takenByOthers: ReadonlySet<string> = new Set(),
): Map<string, string> {
  const bySource = [...requests].sort((a, b) =>
    a.source < b.source ? -1 : a.source > b.source ? 1 : 0,
  );
  const taken = new Set(takenByOthers);
  const slugs = new Map<string, string>();
  // First pass: published slugs stay.
  for (const request of bySource) {
    const existing = request.existingSlug;
    if (existing && !taken.has(existing) && !RESERVED_SLUGS.has(existing)) {
      taken.add(existing);
      slugs.set(request.source, existing);
    }
  }
  for (const request of bySource) {
    if (slugs.has(request.source)) continue;
    const base = baseSlug(request);
    let slug = base;
    for (let length = 6; taken.has(slug) || RESERVED_SLUGS.has(slug); length += 2) {
      slug = `${base}-${request.textHash.slice(0, length)}`;
      if (length > request.textHash.length) slug = `${base}-${request.textHash}-${taken.size}`;
    }
    taken.add(slug);
    slugs.set(request.source, slug);
  }
  return slugs;
}

function baseSlug(request: SlugRequest): string {
  const fileStem =
    request.source
      .replace(/\.txt$/i, "")
      .split(/[\\/]/)
      .pop() ?? "";
  return slugify(request.title) || slugify(fileStem) || `article-${request.textHash.slice(0, 8)}`;
}
