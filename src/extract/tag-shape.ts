// Tells a place or organisation whose written form alone shows it is no tag: a name cut at a
// connector ("of Lords"), a sentence opener glued on ("But Lions"), an ordinary word in capitals
// ("ADVANCE"), a tournament's pool ("Group A"), a span of months ("July-September") or an
// abbreviation cut off its name ("St"). Issue #11: such tags were 5% of the tags of copy the
// extractor was not tuned on. Pure; the reasons are for tests and debugging.
import { foldName } from "./fold-name.ts";
import { loadLexicon } from "./load-lexicon.ts";

/** Words that open a sentence and never a name: "But Lions" is "Lions" after "But". */
const SENTENCE_OPENERS = new Set([
  "after",
  "also",
  "although",
  "and",
  "as",
  "because",
  "before",
  "but",
  "even",
  "however",
  "if",
  "meanwhile",
  "now",
  "or",
  "since",
  "so",
  "still",
  "then",
  "though",
  "unlike",
  "when",
  "while",
  "yet",
]);

const MONTHS =
  "january|february|march|april|may|june|july|august|september|october|november|december";
const MONTH_SPAN = new RegExp(`^(?:${MONTHS})(?:\\s*[-–]\\s*|\\s+to\\s+)(?:${MONTHS})$`, "i");

/** "Group A", "Pool D": the pools of a tournament, not bodies. */
const POOL = /^(?:group|pool|section)\s+[A-H]$/i;

/** "US TV", "British media": a country and a kind of thing. */
const GENERIC_KINDS = new Set([
  "tv",
  "television",
  "radio",
  "media",
  "press",
  "firms",
  "officials",
]);
const isCountry = (word: string) =>
  ["us", "uk", "eu"].includes(foldName(word)) ||
  loadLexicon().countries.has(foldName(word)) ||
  loadLexicon().demonyms.has(foldName(word));

/** "St", "Mt", "Ft": abbreviations that only begin a name ("St James Park"). */
const NAME_ABBREVIATIONS = new Set(["st", "ste", "mt", "ft", "pt", "dr", "mr", "mrs", "ms"]);

/**
 * Why a place or organisation cannot be a tag by its form alone, or undefined when it can.
 * @example junkTagShape("of Lords") //=> "cut at a connector"
 * @example junkTagShape("House of Lords") //=> undefined
 */
export function junkTagShape(name: string): string | undefined {
  const words = name.trim().split(/\s+/);
  const first = words[0] ?? "";
  if (!first) return "empty";
  // All lower case: "of Lords"; a brand's inner capital ("eBay") is a name.
  if (/^\p{Ll}+$/u.test(first)) return "cut at a connector";
  if (words.length > 1 && SENTENCE_OPENERS.has(first.toLowerCase()))
    return "a sentence opener glued on";
  if (POOL.test(name)) return "a tournament's pool";
  if (words.length === 2 && isCountry(first) && GENERIC_KINDS.has(foldName(words[1]!)))
    return "a kind of thing, not a name";
  // "1300 GMT Carnival's shares": the time of day read into the name.
  if (words.length > 1 && /^(?:GMT|BST|UTC|CET|EST|EDT|PST)$/.test(first)) return "a time glued on";
  if (MONTH_SPAN.test(name)) return "a span of months";
  if (words.length === 1 && NAME_ABBREVIATIONS.has(foldName(first).replace(/\.$/, "")))
    return "an abbreviation cut off its name";
  // "ADVANCE", "VOTE": a shouted ordinary word, not an acronym (acronyms are not dictionary words).
  if (
    words.length === 1 &&
    /^\p{Lu}{3,}$/u.test(first) &&
    loadLexicon().commonWords.has(foldName(first)) &&
    !loadLexicon().organisations.has(foldName(first))
  )
    return "an ordinary word in capitals";
  return undefined;
}
