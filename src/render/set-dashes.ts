// Hyphens typed for dashes → the dashes a newspaper sets: "---" → "—", "--" → "–", and a hyphen
// with a space on both sides ("Leeds - the city") → "–". Takes the place of markdown-it's
// `replacements` rule, which also turns "(c)" into "©" and "+-" into "±": wrong in news copy
// ("section (c) of the act"). Hyphens inside words and number ranges ("10-20") are left alone.
import type MarkdownIt from "markdown-it";
import type StateCore from "markdown-it/lib/rules_core/state_core.mjs";

const EM_DASH = /(?<!-)---(?!-)/g;
const EN_DASH = /(?<!-)--(?!-)/g;
const SPACED_HYPHEN = /(?<=\s)-(?=\s)/g;

/**
 * Sets the dashes in `text`. `before` and `after` are the characters around it (a text run
 * beside an escaped "\-" in markdown), seen by the rules but never changed, so "\---" stays
 * three hyphens.
 * @example
 * setDashes("Leeds - the city -- and 1990---2000") //=> "Leeds – the city – and 1990—2000"
 */
export function setDashes(text: string, before = "", after = ""): string {
  if (!text.includes("-")) return text;
  let whole = before + text + after;
  // Longest first, so "---" is never read as "--" and "-".
  whole = replaceWithin(whole, before.length, after.length, EM_DASH, "\u2014");
  whole = replaceWithin(whole, before.length, after.length, EN_DASH, "\u2013");
  whole = replaceWithin(whole, before.length, after.length, SPACED_HYPHEN, "\u2013");
  return whole.slice(before.length, whole.length - after.length);
}

/** Replaces matches of `pattern` that lie wholly between the first `headLength` and the last `tailLength` characters. */
function replaceWithin(
  text: string,
  headLength: number,
  tailLength: number,
  pattern: RegExp,
  dash: string,
): string {
  const end = text.length - tailLength;
  return text.replace(pattern, (match, offset: number) =>
    offset >= headLength && offset + match.length <= end ? dash : match,
  );
}

/** markdown-it plugin: `setDashes` on every text run, in place of the `replacements` rule. */
export function dashesPlugin(md: MarkdownIt): void {
  md.core.ruler.at("replacements", (state: StateCore) => {
    for (const block of state.tokens) {
      if (block.type !== "inline" || !block.children) continue;
      const children = block.children;
      children.forEach((token, index) => {
        if (token.type !== "text") return;
        // Neighbours as the reader will see them: an escaped "\-" is a text_special "-".
        const before = children[index - 1]?.content.slice(-1) ?? "";
        const after = children[index + 1]?.content.charAt(0) ?? "";
        token.content = setDashes(token.content, before, after);
      });
    }
  });
}
