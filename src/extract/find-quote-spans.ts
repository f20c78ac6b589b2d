// Finds direct quotations in a paragraph. Straight quotes are opened or closed by
// context (space before = opening), curly quotes by their shape. News copy often
// omits the closing mark before a new opening one ("...26 weeks. "We are..."), so a
// new opening mark closes an open quote; an unclosed quote runs to the paragraph end.
// Single quotes are ignored: they collide with apostrophes and mark scare quotes.

export interface QuoteSpan {
  /** Offset of the opening mark and one past the closing mark (or paragraph end). */
  start: number;
  end: number;
  /** The words inside the marks, trimmed. */
  text: string;
}

const OPENING_CONTEXT = /[\s([{\u2014\u2013]/u;

/** Quotation spans of one paragraph, in order. Linear in the paragraph length. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  const close = (at: number, endAfterMark: number) => {
    const inner = text.slice(openAt + 1, at).trim();
    if (inner) spans.push({ start: openAt, end: endAfterMark, text: inner });
    openAt = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "“") {
      if (openAt >= 0) close(i, i);
      openAt = i;
    } else if (ch === "”") {
      if (openAt >= 0) close(i, i + 1);
    } else if (ch === '"') {
      const before = i === 0 ? " " : text[i - 1]!;
      const opening = OPENING_CONTEXT.test(before) || (openAt < 0 && i === 0);
      if (opening) {
        if (openAt >= 0) close(i, i);
        openAt = i;
      } else if (openAt >= 0) close(i, i + 1);
    }
  }
  if (openAt >= 0) close(text.length, text.length);
  return spans;
}
