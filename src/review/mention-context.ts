// One line of context for the review list: the sentence of an article where a name first
// appears, cut to about 100 characters around the name, so the editor can tell "Vera Drake"
// the film from Vera Drake the person without opening the article.

const MAX = 100;
// Markdown escapes ingest added to keep text as text (src/ingest/escape-markdown.ts).
const ESCAPE = /\\([\\`*_[\]<>|~&#>+=.)-])/g;
// A sentence ends at . ! or ? after a lower-case letter (not "1." or "U.S.") and before a capital.
const SENTENCE_END = /(?<=[\p{Ll}%][.!?]["”’)]?)\s+(?=["“‘(]?[\p{Lu}0-9])/u;

/**
 * The first sentence naming any of `forms`, in the headline, lede or body, cut to ~100 chars.
 * @example
 * mentionContext({ title: "Budget", description: "", body: "It rained. Mara Oyelaran said no." }, ["Mara Oyelaran"])
 * //=> "Mara Oyelaran said no."
 */
export function mentionContext(
  article: { title: string; description: string; body: string },
  forms: readonly string[],
): string {
  const text = [article.title, article.description, ...article.body.split(/\n{2,}/)].map((p) =>
    p.replace(ESCAPE, "$1").replace(/\s+/g, " ").trim(),
  );
  const wanted = [...forms].filter(Boolean).sort((a, b) => b.length - a.length);
  for (const paragraph of text) {
    for (const sentence of paragraph.split(SENTENCE_END)) {
      for (const form of wanted) {
        const at = sentence.indexOf(form);
        if (at >= 0) return cutAround(sentence, at, form.length);
      }
    }
  }
  return cutAround(text.find(Boolean) ?? "", 0, 0);
}

/** `sentence` cut to MAX characters at word boundaries, keeping [at, at + length) in view. */
export function cutAround(sentence: string, at: number, length: number): string {
  if (sentence.length <= MAX) return sentence;
  let start = Math.max(0, Math.min(at - 30, sentence.length - MAX));
  if (start > 0) start = sentence.indexOf(" ", start) + 1 || start;
  let end = Math.min(sentence.length, Math.max(start + MAX, at + length));
  if (end < sentence.length)
    end = sentence.lastIndexOf(" ", end) > at + length ? sentence.lastIndexOf(" ", end) : end;
  return `${start > 0 ? "…" : ""}${sentence.slice(start, end).trim()}${end < sentence.length ? "…" : ""}`;
}
