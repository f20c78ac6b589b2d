// A person's quotes listed once each. Near-duplicate stories (a wire story and its update, the
// same report filed twice) give the same quote again, with other quote marks, spacing or case,
// or cut shorter ("the key choice" inside "That in the end is the key choice at the next
// election."). A person page should show each thing said once (issue #11 item 6).
import { compareNewestFirst } from "./related-articles.ts";

export interface SourcedQuote {
  text: string;
  article: { date: string; slug: string };
}

/**
 * Merges quotes whose words are the same, or whose words one contains whole in the other.
 * Each merged quote keeps the fullest text (as the earliest article wrote it), the link to the
 * earliest article that gave it (the story that first reported it) and the place of its first
 * entry in `quotes`.
 * @example
 * dedupeQuotes([{ text: "We will win, and soon.", article: newer }, { text: "“We will win”", article: older }])
 * //=> [{ text: "We will win, and soon.", article: older }]
 */
export function dedupeQuotes<T extends SourcedQuote>(quotes: readonly T[]): T[] {
  // Quotes with the same words first, then each set against the fuller sets: longest first, so
  // a quote meets the fullest form that contains it before any shorter one.
  const sameWords = new Map<string, number[]>();
  quotes.forEach((quote, index) => {
    const words = quoteWords(quote.text);
    if (words === "") return;
    const indices = sameWords.get(words);
    if (indices) indices.push(index);
    else sameWords.set(words, [index]);
  });
  const fullest: { padded: string; members: number[]; textFrom: readonly number[] }[] = [];
  for (const [words, indices] of [...sameWords].sort(
    (a, b) => b[0].length - a[0].length || a[1][0]! - b[1][0]!,
  )) {
    const padded = ` ${words} `;
    const into = fullest.find((kept) => kept.padded.includes(padded));
    if (into) into.members.push(...indices);
    else fullest.push({ padded, members: [...indices], textFrom: indices });
  }
  const earliest = (indices: readonly number[]) =>
    indices.reduce((best, index) =>
      compareNewestFirst(quotes[best]!.article, quotes[index]!.article) > 0 ? best : index,
    );
  return fullest
    .map(({ members, textFrom }) => ({
      first: Math.min(...members),
      quote: { ...quotes[earliest(textFrom)]!, article: quotes[earliest(members)]!.article },
    }))
    .sort((a, b) => a.first - b.first)
    .map(({ quote }) => quote);
}

/** The words of a quote, for comparing: case, quote marks, punctuation and spacing aside. */
export function quoteWords(text: string): string {
  // Most quotes are plain ASCII: a narrower pattern does the same work several times faster.
  if (/^[\x00-\x7f]*$/.test(text))
    return text
      .toLowerCase()
      .replace(/['`]/g, "")
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
