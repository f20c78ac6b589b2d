// Tells a mention that is only a piece of a longer name the reading cut apart: "Department for
// Culture" before ", Media and Sport", "Crime Trust" after "Victims of", "JP" before "Morgan
// Chase", "Government" after "UK". Issue #11: such pieces made a third of the junk tags of copy
// the extractor was not tuned on. A name is no tag when every mention of it is such a piece.
// Pure.
import { foldName } from "./fold-name.ts";
import { NEVER_NAMES } from "./load-lexicon.ts";
import { ORGANISATION_WORDS } from "./organisation-words.ts";
import { isTitle } from "./run-words.ts";

const WINDOW = 120;
const CAPITALISED = /^\p{Lu}[\p{L}'’-]*/u;
/** A name that joins with "and" names a body with a connector inside ("… for Culture, Media and Sport"). */
const HAS_CONNECTOR = /\s(?:for|of|and|the|on)\s/u;

/**
 * True when the name at `start`–`end` of `text` runs on into capitalised words the reading left
 * out: another capitalised word right before or after it, or a connector and a capitalised word
 * ("… of Immigrants", "… on Human Rights"), days and months apart ("UN on Monday").
 * @example isGluedMention("said JP Morgan Chase.", 5, 7) //=> true
 * @example isGluedMention("said JP, the bank.", 5, 7) //=> false
 */
export function isGluedMention(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  // A window on either side is enough, and keeps a long paragraph of many names linear.
  const after = text.slice(end, end + WINDOW).replace(/^['’]s?(?=\s)/u, "");
  const before = text.slice(Math.max(0, start - WINDOW), start);
  return gluedAfter(name, after) || gluedBefore(name, before);
}

function gluedAfter(name: string, after: string): boolean {
  const next = / (?:(?:of|on|for) (?:the )?|\d+ )?(\p{Lu}[\p{L}'’-]*)/uy.exec(after);
  if (next && !NEVER_NAMES.has(foldName(next[1]!))) return true;
  // "Interactive Media in Retail Group": "in" joins a name only to a body's name.
  const body = / in ((?:\p{Lu}[\p{L}'’-]* )*\p{Lu}[\p{L}'’-]*)/uy.exec(after);
  if (body && ORGANISATION_WORDS.has(foldName(body[1]!.split(" ").pop()!))) return true;
  // "Department for Culture, Media and Sport", "Internet Corporation for Assigned Names and Numbers".
  return HAS_CONNECTOR.test(` ${name} `) && /^(?:, \p{Lu}[\p{L}'’-]*)*,? and \p{Lu}/u.test(after);
}

function gluedBefore(name: string, before: string): boolean {
  // "Media and Sport" after "Department for Culture,".
  if (/\s(?:and|&)\s/u.test(name) && /\p{Lu}[\p{L}'’-]*, $/u.test(before)) return true;
  const match = /(?<!\p{L})(\p{Lu}[\p{L}'’-]*?)(?:['’]s)? (?:(of|for|on|and|in) )?$/u.exec(before);
  if (!match) return false;
  const word = match[1]!;
  const connector = match[2];
  // "Newcastle and Arsenal" are two clubs, "Blair in London" two names; "Entertainment and
  // Leisure Software Publishers Association" and "Interactive Media in Retail Group" one body.
  if (
    (connector === "and" || connector === "in") &&
    !ORGANISATION_WORDS.has(foldName(name.split(" ").pop() ?? ""))
  )
    return false;
  // "Hong Kong-based Hutchison Whampoa": a descriptor, not a piece of the name.
  if (isTitle(word) || NEVER_NAMES.has(foldName(word)) || /-\p{Ll}+$/u.test(word)) return false;
  // A capital at the start of a sentence proves nothing: "In Paris", "But Labour".
  const ahead = before.slice(0, match.index).trimEnd();
  return ahead !== "" && !/[.!?:;"“”‘'(\u2014-]$/u.test(ahead) && CAPITALISED.test(word);
}
