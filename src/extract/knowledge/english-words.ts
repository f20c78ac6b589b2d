// Which words are ordinary English and which are proper nouns, from the Hunspell en_US
// dictionary (`dictionary-en`, wooorm's build of SCOWL, MIT and BSD, 580 kB, no install
// script), read through `nspell`, the same author's Hunspell-compatible checker, so that
// inflections count ("authorities", "skeptics" are forms of listed stems). The dictionary keeps
// proper nouns capitalised ("Obama", "Koch", "Holder") and ordinary words lower-case ("holder",
// "authority"): a capitalised word with no lower-case entry is a name of something, one with
// only a lower-case entry is an ordinary word a sentence start capitalised. Loaded once, on
// first use (about 0.3 s and 16 MB).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import nspell from "nspell";

/** One of the package's two data files; it exports only an async loader, and they sit beside its entry point. */
const dictionaryFile = (name: "index.aff" | "index.dic") =>
  readFileSync(join(dirname(createRequire(import.meta.url).resolve("dictionary-en")), name));

let checker: ReturnType<typeof nspell> | undefined;
let properStems: Set<string> | undefined;

/**
 * The word, in lower case, is ordinary English (a listed word or an inflection of one).
 * @example isEnglishWord("Authorities") //=> true
 * @example isEnglishWord("Kolb") //=> false
 */
export function isEnglishWord(word: string): boolean {
  if (!/^\p{L}[\p{L}'’-]*$/u.test(word)) return false;
  checker ??= nspell({ aff: dictionaryFile("index.aff"), dic: dictionaryFile("index.dic") });
  return checker.correct(word.toLowerCase());
}

/**
 * The dictionary lists the word capitalised, as a proper noun: a name, place or firm
 * ("Holder", "Obama", "Koch"), whether or not it is also an ordinary word.
 * @example isProperNoun("Holder") //=> true
 * @example isProperNoun("Authorities") //=> false
 */
export function isProperNoun(word: string): boolean {
  if (!properStems) {
    properStems = new Set();
    for (const line of dictionaryFile("index.dic").toString("utf8").split("\n")) {
      const stem = line.split("/")[0]!.trim();
      if (/^\p{Lu}\p{Ll}/u.test(stem)) properStems.add(stem);
    }
  }
  return properStems.has(word);
}
