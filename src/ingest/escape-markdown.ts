// Plain text → markdown that renders as exactly that text. Seeds are text, not markup: a line
// that starts with "# " or "1. ", a "<script>", "[t](javascript:…)" or "&amp;" must reach the
// reader as written. markdown-it runs with `html: false`, and this escaping stops it from
// building headings, lists, quotes, tables, code, links, emphasis or entities out of the text.

// Anywhere in a line: characters that open inline markup or entities. CommonMark lets any
// ASCII punctuation be backslash-escaped, so each one becomes a literal character.
const INLINE_SPECIALS = /[\\`*_[\]<>|~&]/g;

// At the start of a line: block markers (headings, quotes, list bullets, thematic breaks,
// setext underlines, fenced code with ~~~ is covered above).
const BLOCK_START = /^([#>+=-])/;
const ORDERED_LIST_START = /^(\d{1,9})([.)])/;

/**
 * Escapes one paragraph of plain text for markdown.
 * @example
 * escapeMarkdown("# Not a heading") //=> "\\# Not a heading"
 * escapeMarkdown("1. Not a list") //=> "1\\. Not a list"
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE_SPECIALS, (char) => `\\${char}`)
    .replace(BLOCK_START, "\\$1")
    .replace(ORDERED_LIST_START, "$1\\$2");
}

/** Paragraphs → markdown body: one escaped paragraph per block, blank lines between. */
export function paragraphsToMarkdown(paragraphs: readonly string[]): string {
  return paragraphs.map(escapeMarkdown).join("\n\n") + "\n";
}
