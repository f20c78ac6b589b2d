// @sindresorhus/slugify for plain-ASCII text, without its cost. The library transliterates by
// building one RegExp per entry of a ~1,900-entry table on every call (~1 ms); for ASCII text
// the only entry that can match is its "&" → " and ", so the result is computed directly here
// with the library's own remaining steps (options as Eleventy's filter: decamelize off).
// Equality with the library is pinned by tests/slugify-ascii.test.ts.

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * The library's slug for ASCII text, or undefined for other text (callers use the library).
 * @example slugifyAscii("Marks & Spencer") //=> "marks-and-spencer"
 */
export function slugifyAscii(text: string): string | undefined {
  if (!ASCII_ONLY.test(text)) return undefined;
  return text
    .replace(/&/g, " and ")
    .toLowerCase()
    .replace(/([a-zA-Z\d]+)'([ts])(\s|$)/g, "$1$2$3")
    .replace(/[^a-z\d]+/g, "-")
    .replace(/\\/g, "")
    .replace(/-{2,}/g, "-")
    .replace(/^-|-$/g, "");
}
