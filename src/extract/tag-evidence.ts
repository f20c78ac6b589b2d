// Weighs how an article uses each of its places and organisations, for its tags (issue #11:
// "a tag is only given when the article is about it, not for every passing mention"). A name is
// no entity when every mention is a piece of a longer name (isGluedMention) or, in a match
// report, a team's nickname ("the Gunners"); it is named in passing when it is named once deep
// in the story, or only as a source ("told the BBC"). A name only ever introduced as a person
// ("rapper Kano") or only at sentence starts behind an ordinary word ("Miner Highland Gold")
// is no tag either. Pure.
import type { ParagraphMentions } from "./extract-mentions.ts";
import { foldName } from "./fold-name.ts";
import { isGluedMention } from "./glued-name.ts";
import { loadLexicon } from "./load-lexicon.ts";
import { displayName } from "./rank-entities.ts";

export interface TagEvidence {
  /** Names that are no tags at all: pieces of longer names, nicknames, sources only credited. */
  pieces: Set<string>;
  /** Names the article mentions only once, deep in the story: tags only if it has few others. */
  passing: Set<string>;
}

/** "told the BBC", "according to Reuters", "in an interview with the Times": a source, not a subject. */
const CREDIT_BEFORE =
  /\b(?:told|telling|tells|speaking to|talking to|interview with|according to|quoted by|reported by|quoted in|writing in|wrote in)\s+(?:the\s+)?$/iu;
const CREDIT_AFTER = /^(?:['’]s)?\s+(?:News\s+)?(?:website|Online|reported|reports)\b/u;

/**
 * True when the mention at `start`–`end` of `text` credits a source rather than names a subject.
 * @example isCreditMention("he told the BBC.", 12, 15) //=> true
 */
export function isCreditMention(text: string, start: number, end: number): boolean {
  return (
    CREDIT_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ||
    CREDIT_AFTER.test(text.slice(end, end + 40))
  );
}

/** Weight of a mention by where it stands: the headline names the subject, then the lede. */
const weightAt = (paragraph: number) => (paragraph === 0 ? 3 : paragraph === 1 ? 2 : 1);

/**
 * Sorts the article's `names` (its places and organisations) by how the article uses them.
 * `football` marks a match report, where "the Magpies" is a club's nickname.
 */
export function weighTagMentions(
  read: readonly ParagraphMentions[],
  names: readonly string[],
  football: boolean,
): TagEvidence {
  const byKey = new Map(names.map((name) => [foldName(name), name]));
  // "BBC Radio 4" and "BBC News Online" were counted as the BBC: their mentions are the BBC's.
  const nameOf = (mentioned: string) => {
    const key = foldName(displayName(mentioned));
    const words = key.split(" ");
    for (let n = words.length; n > 0; n--) {
      const name = byKey.get(words.slice(0, n).join(" "));
      if (name) return name;
    }
    return undefined;
  };
  /** The first paragraph of the story's second half: a lone mention from there on is deep. */
  const deep = Math.ceil(read.length / 2);
  const uses = new Map<
    string,
    {
      glued: number;
      afterThe: number;
      personCue: number;
      weak: number;
      weight: number;
      all: number;
      deep: boolean;
    }
  >();
  read.forEach((paragraph, index) => {
    for (const m of paragraph.mentions) {
      // A lone word the reading could not type ("Harbourton" in the headline) is still a mention.
      const mentioned =
        m.reading.kind === "place" || m.reading.kind === "organisation"
          ? m.reading.name
          : m.reading.kind === "single"
            ? m.reading.word
            : undefined;
      if (!mentioned) continue;
      const name = nameOf(mentioned);
      if (!name) continue;
      const use = uses.get(name) ?? {
        glued: 0,
        afterThe: 0,
        personCue: 0,
        weak: 0,
        weight: 0,
        all: 0,
        deep: true,
      };
      use.all += 1;
      if (isGluedMention(paragraph.text, ...spanOf(paragraph.text, m.start, m.end, name)))
        use.glued += 1;
      if (m.personCue) use.personCue += 1;
      if (m.weak) use.weak += 1;
      const justBefore = paragraph.text.slice(Math.max(0, m.start - 8), m.start);
      if (/\bthe\s+$/iu.test(justBefore) || /^the\s/iu.test(m.surface)) use.afterThe += 1;
      if (!isCreditMention(paragraph.text, m.start, m.end)) {
        use.weight += weightAt(index);
        use.deep &&= index >= deep;
      }
      uses.set(name, use);
    }
  });
  const text = read.map((paragraph) => paragraph.text).join("\n");
  const pieces = new Set<string>();
  const passing = new Set<string>();
  for (const [name, use] of uses) {
    if (
      use.glued === use.all ||
      // "UK rapper Kano", "producer No ID": a person, whatever the reading made of the name.
      use.personCue === use.all ||
      (use.weak === use.all && opensWithOrdinaryWord(name, text)) ||
      (football && use.afterThe > 0 && isNickname(name))
    )
      pieces.add(name);
    // Only credited as a source ("told the BBC"): never the subject.
    else if (use.weight === 0) pieces.add(name);
    else if (use.weight === 1 && use.deep) passing.add(name);
  }
  return { pieces, passing };
}

/**
 * Where the name stands within its run: "JP Morgan Chase" was read as "JP" and "Morgan Chase",
 * and each is a piece of the run. A name the lexicon knows keeps its run's reading ("Microsoft
 * Outlook" names Microsoft's product).
 */
function spanOf(text: string, start: number, end: number, name: string): [number, number] {
  const at = text.slice(start, end).indexOf(name);
  if (at < 0 || loadLexicon().organisations.has(foldName(name))) return [start, end];
  return [start + at, start + at + name.length];
}

/**
 * "Miner Highland Gold" at the start of a sentence, where the article also writes "miner": an
 * ordinary word whose capital only opens the sentence.
 */
function opensWithOrdinaryWord(name: string, text: string): boolean {
  const [first, ...rest] = name.split(" ");
  if (rest.length === 0 || !/^\p{Lu}\p{Ll}+$/u.test(first!)) return false;
  return new RegExp(`(?<!\\p{L})${first!.toLowerCase()}(?!\\p{L})`, "u").test(text);
}

/** "Gunners", "Magpies", "Republic": one word the lexicon knows as no club or place. */
function isNickname(name: string): boolean {
  const lex = loadLexicon();
  const key = foldName(name);
  return (
    /^\p{Lu}\p{Ll}+$/u.test(name) &&
    !lex.organisations.has(key) &&
    !lex.places.has(key) &&
    !lex.countries.has(key)
  );
}
