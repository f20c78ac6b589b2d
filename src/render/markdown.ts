// Markdown → HTML for article bodies, with raw HTML off: whatever a seed or an editor typed as
// "<script>" is shown, never run. Set like a paper: curly quotes (markdown-it's typographer),
// dashes (set-dashes.ts) and a drop cap (drop-cap.ts). Results are cached by the body's hash,
// so a rebuild renders only the bodies that changed.
import MarkdownIt from "markdown-it";
import { hashText } from "../hash.ts";
import { dropCapPlugin } from "./drop-cap.ts";
import { dashesPlugin } from "./set-dashes.ts";

export function createMarkdown(): MarkdownIt {
  // markdown-it's default quotes, “ ” and ‘ ’, are those of English, the language of the copy.
  return new MarkdownIt({ html: false, linkify: false, typographer: true })
    .use(dashesPlugin)
    .use(dropCapPlugin);
}

export class MarkdownRenderer {
  private readonly md = createMarkdown();
  private readonly cache = new Map<string, string>();

  render(body: string): string {
    const key = hashText(body, 32);
    let html = this.cache.get(key);
    if (html === undefined) {
      html = this.md.render(body);
      this.cache.set(key, html);
    }
    return html;
  }

  /** Drops cached bodies not rendered since the last call, so a long `serve` does not grow. */
  retainOnly(bodies: Iterable<string>): void {
    const keep = new Set([...bodies].map((body) => hashText(body, 32)));
    for (const key of this.cache.keys()) if (!keep.has(key)) this.cache.delete(key);
  }
}
