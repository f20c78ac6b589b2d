// compromise's lexicon (word → tag or tags), the only part of compromise the extractor reads.
// Taken from the package's one-file CommonJS build rather than its ES module entry: the same
// lexicon (tests/extract/compromise-lexicon.test.ts compares them, key order too), but one file
// to load instead of ~450 modules, which cost each extraction worker thread over a second to
// start under tsx. Loaded on first use, so a run that extracts nothing never loads compromise.
import { createRequire } from "node:module";

export type CompromiseLexicon = Readonly<Record<string, string | string[]>>;

let lexicon: CompromiseLexicon | undefined;

/**
 * compromise's built-in lexicon, loaded once.
 * @example compromiseLexicon()["london"] //=> "City"
 */
export function compromiseLexicon(): CompromiseLexicon {
  if (lexicon) return lexicon;
  const nlp = createRequire(import.meta.url)("compromise") as {
    model: () => { one: { lexicon: CompromiseLexicon } };
  };
  lexicon = nlp.model().one.lexicon;
  return lexicon;
}

/**
 * The tags compromise's lexicon gives a lower-case word, none when it does not know it.
 * @example lexiconTags("for") //=> ["Preposition"]
 */
export function lexiconTags(word: string): readonly string[] {
  const tags = compromiseLexicon()[word];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}
