// Text → URL slug. The one rule for article file names and for tag and person URLs.
// It wraps @sindresorhus/slugify with the options Eleventy's own `slugify` filter uses
// (`decamelize: false`), so a slug made here agrees with one made in a template.
import slugifyLibrary from "@sindresorhus/slugify";
import { slugifyAscii } from "./slugify-ascii.ts";
import { boundedCache } from "./remember.ts";

/** Slugs longer than this are cut at a word boundary: long enough to read, short enough to share. */
export const MAX_SLUG_LENGTH = 80;

/**
 * Folds text to a lower-case ASCII slug of words joined by hyphens.
 * Returns "" when nothing sluggable is left (callers choose their own fallback).
 * @example
 * slugify("Jonas Gahr Støre") //=> "jonas-gahr-store"
 * slugify("STORM HITS COAST!") //=> "storm-hits-coast"
 */
export function slugify(text: string): string {
  return rememberSlug(text, () => {
    const normalised = text.normalize("NFC");
    return truncateSlug(
      slugifyAscii(normalised) ?? slugifyLibrary(normalised, { decamelize: false }),
      MAX_SLUG_LENGTH,
    );
  });
}

// The library builds its transliteration regexes on every call (~0.1 ms), and a build asks
// for the same tag and person slugs thousands of times: remember them.
const rememberSlug = boundedCache<string>(200_000);

/** Cuts a slug to at most `max` characters without leaving half a word or a trailing hyphen. */
export function truncateSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf("-");
  const trimmed = lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : slug.slice(0, max);
  return trimmed.replace(/-+$/, "");
}
