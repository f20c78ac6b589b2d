// The drop cap: the first letter of an article's first paragraph after the standfirst, set
// large. CSS `::first-letter` cannot do it: it takes the punctuation before the letter too, so
// a story opening with a quotation dropped its “ as the capital. Here the letter is wrapped in
// a span, and the punctuation before it goes in the same span at text size.
import type MarkdownIt from "markdown-it";
import type StateCore from "markdown-it/lib/rules_core/state_core.mjs";

export interface Initial {
  /** What comes before the letter: opening quotes, brackets, dashes ("“"), or "". */
  lead: string;
  /** The first letter or digit, with any combining marks. */
  letter: string;
  rest: string;
}

// Anything but letters and digits, then one letter or digit and its marks. Capped so a
// paragraph of punctuation cannot make a "lead" of a whole line.
const INITIAL = /^([^\p{L}\p{N}]{0,8}?)([\p{L}\p{N}]\p{M}*)/u;

/**
 * Splits the opening of a paragraph into leading punctuation, the initial and the rest; null
 * when it opens with no letter or digit within a few characters.
 * @example
 * splitInitial("“We will win,” he said") //=> { lead: "“", letter: "W", rest: "e will win,” he said" }
 */
export function splitInitial(text: string): Initial | null {
  const match = INITIAL.exec(text);
  if (!match || /\s/.test(match[1]!)) return null;
  return { lead: match[1]!, letter: match[2]!, rest: text.slice(match[0].length) };
}

/** Which top-level paragraph gets the drop cap: the second, as the first is the standfirst. */
const DROP_CAP_PARAGRAPH = 2;

/** markdown-it plugin: wraps the initial of the body's second paragraph in `<span class="drop-cap">`. */
export function dropCapPlugin(md: MarkdownIt): void {
  md.core.ruler.push("drop_cap", (state: StateCore) => {
    let paragraphs = 0;
    for (let index = 0; index < state.tokens.length; index++) {
      const token = state.tokens[index]!;
      if (token.type !== "paragraph_open" || token.level !== 0) continue;
      if (++paragraphs < DROP_CAP_PARAGRAPH) continue;
      const first = state.tokens[index + 1]?.children?.[0];
      const initial = first?.type === "text" ? splitInitial(first.content) : null;
      if (!first || !initial) return;
      const escape = md.utils.escapeHtml;
      const open = new state.Token("html_inline", "", 0);
      open.content = `<span class="drop-cap">${initial.lead ? `<span class="drop-cap-lead">${escape(initial.lead)}</span>` : ""}${escape(initial.letter)}</span>`;
      first.content = initial.rest;
      state.tokens[index + 1]!.children!.unshift(open);
      return;
    }
  });
}
