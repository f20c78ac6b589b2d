// Markdown → HTML for article bodies, with raw HTML off: whatever a seed or an editor typed as
// "<script>" is shown, never run. Results are cached by the body's hash, so a rebuild renders
// only the bodies that changed.
import MarkdownIt from "markdown-it";
import { hashText } from "../hash.ts";

export function createMarkdown(): MarkdownIt {
  return new MarkdownIt({ html: false, linkify: false, typographer: false });
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
