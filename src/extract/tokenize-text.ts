// Splits a paragraph into word and punctuation tokens with the facts the name rules
// need: is the word capitalised, does it start a sentence (where capitals prove
// nothing), is it possessive ("Trump's" → "Trump"). One linear regex: no backtracking
// blow-up even on a megabyte-long line.

import { isEnglishWord, isProperNoun } from "./knowledge/english-words.ts";
import { isStateAbbreviation } from "./party-labels.ts";
import { foldName } from "./fold-name.ts";
import { loadLexicon } from "./load-lexicon.ts";
import { NAME_SUFFIXES } from "./run-words.ts";

export interface Token {
  /** The word without a possessive ending; punctuation as is. */
  text: string;
  start: number;
  end: number;
  isWord: boolean;
  /** Starts with a capital letter ("Blair", "NATO", "eBay" counts too). */
  isCapitalised: boolean;
  /** Every letter is a capital and there are at least two ("NATO", "U.S."). */
  isAllCaps: boolean;
  /** First word of a sentence, a quotation or a paragraph. */
  sentenceStart: boolean;
  possessive: boolean;
}

const TOKEN =
  /[DRI]-(?:\p{Lu}\.){2}(?!\p{L})|(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-&]\p{L}[\p{L}\p{M}\p{N}]*)*|\p{N}[\p{N},.:]*|\S/gu;

/** Words that keep a following full stop as part of themselves ("Mr.", "Jr.", "Inc."). */
const DOTTED_ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "jr",
  "sr",
  "st",
  "gen",
  "sen",
  "rep",
  "gov",
  "lt",
  "col",
  "prof",
  "rev",
  "inc",
  "co",
  "corp",
  "ltd",
  "mt",
  "ft",
  "sgt",
  "capt",
  "no",
  "vs",
  "messrs",
  "hon",
  "u.s",
  "adm",
  "maj",
  // AP's abbreviated months: "the Dec. 12 election" goes on.
  "jan",
  "feb",
  "aug",
  "sept",
  "oct",
  "nov",
  "dec",
]);
const SENTENCE_BREAKS = new Set([
  ".",
  "!",
  "?",
  ":",
  ";",
  '"',
  "“",
  "”",
  "‘",
  "(",
  "[",
  "—",
  "–",
  "-",
  "…",
]);
/**
 * "“What's clear,” Neera Tanden said": a quote closed right after a comma leaves its sentence
 * open, so the next word starts none (and a name there is as strong as anywhere).
 */
function continuesAfterQuote(tokens: readonly Token[]): boolean {
  const mark = tokens.at(-1);
  const comma = tokens.at(-2);
  return (
    mark !== undefined &&
    (mark.text === "”" || mark.text === '"') &&
    comma?.text === "," &&
    comma.end === mark.start
  );
}
/** "(Portman was a sponsor of the Act.) Recently Clinton…": a bracket closed after a full stop ends a sentence. */
function closesSentenceInBrackets(tokens: readonly Token[]): boolean {
  return tokens.at(-1)?.text === ")" && [".", "!", "?"].includes(tokens.at(-2)?.text ?? "");
}
/** "I’m", "We've", "Don't": a pronoun or verb with its contraction is no name, capitalised or not. */
const CONTRACTION = /^\p{L}+['’](?:m|ve|ll|d|re|t)$/iu;
const POSSESSIVE = /['’]s$|(?<=s)['’]$/u;
/** ", Jr." after a name: the comma belongs to the suffix's spelling, not to the sentence. */
const COMMA_BEFORE_GENERATION = /^,\s*(?:Jr|Sr)\b/;
const PARTY_STATE = /^([DRI])-(?=\p{Lu}\p{Ll}|(?:\p{Lu}\.){2}$)/u;
/** A Korean given name after the family name: "Ban Ki-moon", "Kim Jong-un", "Moon Jae-in". */
const KOREAN_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{1,4}$/u;
/** An Arabic name's article joined to it: "al-Baghdadi", "el-Sisi", "ash-Shami". */
export const ARABIC_ARTICLE_PREFIX = /^(?:al|el|ad|ar|as|ash|at|az|an)-/iu;
const ARABIC_ARTICLE = new RegExp(`${ARABIC_ARTICLE_PREFIX.source}\\p{Lu}\\p{Ll}`, "u");
/** Place cues ("Moscow-based", "Scotland-born") stay capitalised: classify-run reads the place in them. */
const ADJECTIVE_COMPOUND =
  /^\p{Lu}[\p{L}]*-(?!(?:based|born|bred|owned|run|backed|listed)$)\p{Ll}+$/u;

/**
 * An editor's insertion in a quotation: "[John] McCain", "[Trump] is". Its brackets are not
 * punctuation to the name rules: the words read as the sentence's own, so "[Rick] Scott" is the
 * name "Rick Scott". (The text itself keeps the brackets; only the tokens skip them.)
 */
const EDITORIAL_INSERTION = /\[(?=\p{Lu}[\p{L}\p{M}.'’ -]{0,40}\])[^\]]*(\])/dgu;

/** Offsets of the brackets of every editorial insertion. */
function editorialBrackets(text: string): Set<number> {
  const at = new Set<number>();
  if (!text.includes("[")) return at;
  for (const m of text.matchAll(EDITORIAL_INSERTION)) {
    at.add(m.index);
    at.add(m.indices![1]![0]);
  }
  return at;
}

/**
 * A nickname quoted between a first name and a surname: Andrew "Boz" Bosworth, Thomas “Tip”
 * O'Neill. The reader's name for the person is the first name and surname; the quoted word is
 * an aside, so the tokens skip it (and its marks) as they skip an editor's brackets.
 */
const QUOTED_NICKNAME =
  /(?<=(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) )["“‘][\p{L}.'’-]{2,15}(?: [\p{L}.'’-]{2,15})?["”’] (?=\p{Lu}[\p{Ll}'’])/gu;

/** Offsets of the spans of quoted nicknames inside names. */
function quotedNicknames(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!/["“‘]/.test(text)) return spans;
  for (const m of text.matchAll(QUOTED_NICKNAME))
    if (loadLexicon().firstNames.has(foldName(m[1]!))) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** "… and neither will I. So wherever …": the pronoun ends its sentence; it is no initial. */
function isPronounEndingSentence(word: string, text: string, dot: number): boolean {
  if (word !== "I") return false;
  // In a name the initial follows a capitalised word: "Jane I. Roe".
  const before = /(\p{L}+)\s+I$/u.exec(text.slice(Math.max(0, dot - 40), dot))?.[1];
  if (before !== undefined && /^\p{Lu}/u.test(before)) return false;
  const next = /^\.\s+(\p{Lu}[\p{L}'’]*)/u.exec(text.slice(dot, dot + 40))?.[1];
  return next === undefined || (isEnglishWord(next) && !isProperNoun(next));
}

/** Tokens of one paragraph, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previous: Token | undefined;
  let consumedUpTo = 0;
  const skipped = editorialBrackets(text);
  const nicknames = quotedNicknames(text);
  for (const match of text.matchAll(TOKEN)) {
    if (match.index < consumedUpTo || skipped.has(match.index)) continue;
    if (nicknames.some(([from, to]) => match.index >= from && match.index < to)) continue;
    // "Lamar White, Jr.", "Martin Luther King, Jr.": one name, "Lamar White Jr.".
    if (
      previous?.isCapitalised &&
      COMMA_BEFORE_GENERATION.test(text.slice(match.index, match.index + 8))
    )
      continue;
    let word = match[0];
    const start = match.index;
    let end = start + word.length;
    const isWord = /^\p{L}/u.test(word);
    if (
      isWord &&
      text[end] === "." &&
      (word.length === 1 || DOTTED_ABBREVIATIONS.has(word.toLowerCase())) &&
      !isPronounEndingSentence(word, text, end)
    ) {
      word += ".";
      end += 1;
      consumedUpTo = end;
    }
    let possessive = false;
    if (isWord && POSSESSIVE.test(word)) {
      word = word.replace(POSSESSIVE, "");
      possessive = true;
    }
    // "D-Nevada", "R-Texas": a party and state after a legislator's name; the state stands alone.
    const party = isWord ? PARTY_STATE.exec(word) : null;
    if (party) {
      const stateStart = start + party[1]!.length + 1;
      tokens.push({
        text: party[1]!,
        start,
        end: stateStart - 1,
        isWord: true,
        isCapitalised: false,
        isAllCaps: false,
        sentenceStart: false,
        possessive: false,
      });
      tokens.push({
        text: "-",
        start: stateStart - 1,
        end: stateStart,
        isWord: false,
        isCapitalised: false,
        isAllCaps: false,
        sentenceStart: false,
        possessive: false,
      });
      word = word.slice(party[1]!.length + 1);
      // "(R-Kan.) said": the state's full stop belongs to it and ends no sentence.
      if (text[end] === "." && isStateAbbreviation(`${word}.`)) {
        word += ".";
        end += 1;
        consumedUpTo = end;
      }
      const state: Token = {
        text: word,
        start: stateStart,
        end,
        isWord: true,
        isCapitalised: true,
        isAllCaps: false,
        sentenceStart: true,
        possessive,
      };
      tokens.push(state);
      previous = state;
      continue;
    }
    const letters = word.replace(/[^\p{L}]/gu, "");
    const token: Token = {
      text: word,
      start,
      end,
      isWord,
      // "Obama-approved", "Cuccinelli-style": a name made an adjective is no name.
      isCapitalised:
        isWord &&
        (/^\p{Lu}/u.test(word) || /^\p{Ll}+\p{Lu}/u.test(word) || ARABIC_ARTICLE.test(word)) &&
        !CONTRACTION.test(word) &&
        (!ADJECTIVE_COMPOUND.test(word) ||
          (KOREAN_GIVEN_NAME.test(word) && previous?.isCapitalised === true)),
      isAllCaps:
        isWord &&
        letters.length >= 2 &&
        letters === letters.toUpperCase() &&
        /\p{Lu}/u.test(letters),
      sentenceStart:
        previous === undefined ||
        // "… tweeted by Lamar White Jr. He said": no name goes on after its generation.
        (previous.isCapitalised && NAME_SUFFIXES.has(previous.text.toLowerCase())) ||
        // "said Lora Hubbel, 58, of Vermillion, S.D. Trump, she conceded": a town's state closes
        // its sentence or its phrase; no name runs on from it.
        (isStateAbbreviation(previous.text) && tokens.at(-2)?.text === ",") ||
        (!previous.isWord && SENTENCE_BREAKS.has(previous.text) && !continuesAfterQuote(tokens)) ||
        closesSentenceInBrackets(tokens),
      possessive,
    };
    tokens.push(token);
    previous = token;
  }
  return tokens;
}
