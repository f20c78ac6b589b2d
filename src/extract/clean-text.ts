// Prepares article text for the cheap token rules: removes zero-width and control
// characters (they split names invisibly), and caps the size handed to the rules so a
// pathological multi-megabyte seed cannot stall ingest. Pure.

/** Characters beyond this many per article are ignored by the extractor. */
export const MAX_ARTICLE_CHARS = 100_000;

const INVISIBLE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

/** One paragraph, NFC, without invisible characters, whitespace collapsed. */
export function cleanParagraph(text: string): string {
  return text.normalize("NFC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

/** Cleans every paragraph and drops whatever lies past the size cap. */
export function cleanParagraphs(paragraphs: readonly string[], cap = MAX_ARTICLE_CHARS): string[] {
  const out: string[] = [];
  let budget = cap;
  for (const raw of paragraphs) {
    if (budget <= 0) break;
    const text = cleanParagraph(raw.length > budget ? raw.slice(0, budget) : raw);
    budget -= text.length;
    if (text) out.push(text);
  }
  return out;
}
