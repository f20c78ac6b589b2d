// HTML character references in seed text → the characters they name. Seeds pasted from web
// pages and CMS exports carry "caf&#233;" and "Marks &amp; Spencer"; a reader should see "café"
// and "Marks & Spencer". The result is still plain text: escape-markdown.ts and Nunjucks escape
// it again on the way out, so "&lt;script&gt;" reaches the page as the visible text "<script>".
import { decodeHTMLStrict } from "entities/decode";

// A named reference or a decimal or hex one, with its semicolon. Strict on purpose: without the
// semicolon, HTML would also read the "&copy" in "&copyright",
// and plain text ("R&D", "AT&T") is full of ampersands that are not references.
const REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

// A reference must not make a new line (a seed's lines are its headline and paragraphs) or a tab.
const LINE_BREAKING = /[\n\r\t\f\v\u2028\u2029]/g;

/**
 * Decodes each character reference once ("&amp;lt;" becomes the text "&lt;"); unknown names
 * ("&nosuch;") are left as written. Invisible characters a reference may produce are removed
 * afterwards by cleanText, like any other.
 * @example
 * decodeEntities("caf&#233; &amp; bar") //=> "café & bar"
 * decodeEntities("&lt;script&gt;") //=> "<script>"
 */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(REFERENCE, (reference) =>
    decodeHTMLStrict(reference).replace(LINE_BREAKING, " "),
  );
}
