// Attributes each direct quotation to a person of the article, or to nobody. Patterns,
// tried in order: after the quote ("..., said Hale" / "..., Hale said" / "..., he
// said"); before it in the same sentence ("Hale said: "..."", "Trump said Russia made a
// "big concession""); then a follow-on quote in the same paragraph keeps the speaker.
// "He"/"she" is the person last named outside a quote; "the president" is the person
// whose role says so. A verb next to a non-person ("the company said") means: nobody.
import type { ExtractedPerson, ExtractedQuote } from "./types.ts";
import { isGoverned, type ParagraphMentions } from "./extract-mentions.ts";
import type { PersonMention } from "./extract-people.ts";
import { foldName } from "./fold-name.ts";
import { ADDRESSING_VERBS, isSpeechFiller, PRONOUNS, SPEECH_VERBS } from "./speech-verbs.ts";
import { OFFICE_TITLES, officeWordsOf } from "./title-words.ts";
import { genderOf } from "./name-gender.ts";
import type { Token } from "./tokenize-text.ts";

/** Quotes shorter than this are scare quotes or single words, not statements. */
export const MIN_QUOTE_WORDS = 3;
const SENTENCE_END = new Set([".", "!", "?"]);
/** How many tokens after a quote its speech verb may stand. */
const VERB_REACH = 24;
const position = (paragraph: number, start: number) => paragraph * 1e7 + start;

export function extractQuotes(
  paragraphs: readonly ParagraphMentions[],
  people: readonly ExtractedPerson[],
  named: readonly PersonMention[],
): ExtractedQuote[] {
  const at = withPronounSubjects(paragraphs, named);
  const quotes: ExtractedQuote[] = [];
  paragraphs.forEach((p, index) => {
    if (index === 0) return;
    let previousSpeaker: string | undefined;
    let previousEnd = 0;
    for (const q of p.quotes) {
      // "told “Fox News Sunday”", "on CNN’s “State of the Union”": a title in quotation marks is
      // no one's words, and like a scare quote it is part of its sentence.
      if (isQuotedTitle(q.text)) continue;
      const words = q.text.split(/\s+/).length;
      const context = { p, paragraphs, index, at, people, quoteStart: q.start };
      const after = attributeAfter(context, q.end);
      let speaker = after.decided
        ? after.speaker
        : attributeBefore(context, previousEnd, q.start, words);
      if (
        !speaker &&
        !after.decided &&
        previousSpeaker &&
        !namesSomeoneElseBetween(at, index, previousEnd, q.start, previousSpeaker) &&
        !introducedByAnother(p, previousEnd, q.start)
      )
        speaker = previousSpeaker;
      const text = q.text.replace(/[,\s]+$/u, "");
      if (words >= MIN_QUOTE_WORDS) quotes.push(speaker ? { speaker, text } : { text });
      // A scare quote ("called the exodus “troubling” and said, “…”") is part of its sentence: the
      // next quote still looks back past it to the sentence's start.
      if (words < MIN_QUOTE_WORDS) continue;
      previousSpeaker = speaker ?? (after.decided ? undefined : previousSpeaker);
      previousEnd = q.end;
    }
  });
  return quotes;
}

const TITLE_SMALL_WORDS = new Set([
  "a",
  "an",
  "the",
  "of",
  "and",
  "in",
  "on",
  "for",
  "to",
  "at",
  // "The Lead with Jake Tapper", "Face the Nation", "Meet the Press", "Fox & Friends".
  "with",
  "from",
  "by",
  "&",
]);

/** "Fox News Sunday", "State of the Union", "Meet the Press": a short text in title case. */
function isQuotedTitle(text: string): boolean {
  const words = text.replace(/[.,!?:;’'”"]+$/u, "").split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 6 &&
    /^\p{Lu}/u.test(words[0]!) &&
    words.every((w) => /^[\p{Lu}\d]/u.test(w) || TITLE_SMALL_WORDS.has(w))
  );
}

/**
 * A name is not its sentence's subject when "he" or "she" comes first: in "He singled out
 * Mr. Romney's promise", the subject is whoever "he" was, so a later "he said" must not mean Romney.
 */
function withPronounSubjects(
  paragraphs: readonly ParagraphMentions[],
  at: readonly PersonMention[],
): PersonMention[] {
  return at.map((m) => {
    const p = paragraphs[m.paragraph];
    if (!m.subject || !p) return m;
    const from = tokenIndexAt(p.tokens, m.start);
    // Forty tokens back at most: a sentence's opening pronoun is near, and a run-on line stays linear.
    for (let k = from - 1; k >= Math.max(0, from - 40); k--) {
      const t = p.tokens[k]!;
      if (SENTENCE_END.has(t.text)) break;
      const quoted = p.quotes.some((q) => t.start > q.start && t.start < q.end);
      if (!quoted && (t.text === "he" || t.text === "He" || t.text === "she" || t.text === "She"))
        return { ...m, subject: false };
    }
    return m;
  });
}

interface Context {
  p: ParagraphMentions;
  paragraphs: readonly ParagraphMentions[];
  index: number;
  at: readonly PersonMention[];
  people: readonly ExtractedPerson[];
  quoteStart: number;
}

const tokenIndexAt = (tokens: readonly Token[], offset: number) => {
  const i = tokens.findIndex((t) => t.start >= offset);
  return i < 0 ? tokens.length : i;
};
const personStartingAt = (c: Context, token: Token | undefined) =>
  token &&
  c.at.find(
    (m) => m.paragraph === c.index && !m.inQuote && m.start <= token.start && token.start < m.end,
  );
/** The person (not quoted, not a mere qualifier) whose name ends with `token`: "Fitzgerald" of "that Fitzgerald repeatedly told". */
const personEndingAt = (c: Context, token: Token | undefined) =>
  token &&
  c.at.find((m) => m.paragraph === c.index && !m.inQuote && !m.qualifier && m.end === token.end);
const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? "";

/** The last person named (outside quotes) between tokens `from` and `to`: "BA chairman Martin Broughton said". */
function lastPersonIn(
  c: Context,
  tokens: readonly Token[],
  from: number,
  to: number,
): PersonMention | undefined {
  const start = tokens[from]?.start ?? Infinity;
  const end = tokens[to - 1]?.end ?? -1;
  return [...c.at]
    .reverse()
    .find(
      (m) =>
        m.paragraph === c.index && !m.inQuote && !m.qualifier && m.start >= start && m.start < end,
    );
}

/** The one person of the article whose surname `token` is ("Black" → "Charlie Black"), if exactly one. */
function personBySurname(c: Context, token: Token | undefined): string | undefined {
  if (!token?.isCapitalised) return undefined;
  const key = foldName(token.text);
  const matches = c.people.filter(
    (p) => p.name.includes(" ") && foldName(p.name.split(" ").at(-1)!) === key,
  );
  return matches.length === 1 ? matches[0]!.name : undefined;
}

const SUBORDINATORS = new Set([
  "if",
  "whether",
  "when",
  "because",
  "although",
  "though",
  "while",
  "since",
  "unless",
  "until",
  "that",
  "as",
]);

const PASSIVE_AUXILIARIES = new Set(["was", "were", "is", "are", "been", "being", "be"]);

/** Words that open a noun phrase: after "said" they make a thing, not a person, the speaker. */
const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "one",
  "another",
  "his",
  "her",
  "its",
  "their",
  "this",
  "that",
]);

/**
 * The sentence's subject among the people named between tokens `from` and `to`: the first one
 * not governed by a lower-case word ("criticized Obama", "a delegate for Bernie Sanders", "to
 * Obama"), else the last one named. "Attorney General Jeff Sessions criticized Obama and vowed
 * that…" → Jeff Sessions.
 */
function subjectIn(
  c: Context,
  tokens: readonly Token[],
  from: number,
  to: number,
  /** The verb at `to` opens the quote ("while McCurry called the act “gay baiting”"). */
  quoteFollowsVerb = false,
): PersonMention | undefined {
  const start = tokens[from]?.start ?? Infinity;
  const end = tokens[to - 1]?.end ?? -1;
  const named = c.at.filter(
    (m) => m.paragraph === c.index && !m.inQuote && m.start >= start && m.start < end,
  );
  // Governed by a preposition or a verb ("a special adviser to President Goodluck Jonathan told
  // Sky News"), not by a descriptor ("mutual fund pioneer Foster Friess told POLITICO"): with no
  // ungoverned name the subject is someone unnamed, and the quote goes to nobody.
  // A name after a subordinating word ("when asked if Gerrard would stay, Parry said") is the
  // subject of the clause it opens, not of the sentence.
  // Unless the clause runs on to the verb that opens the quote ("So while Press Secretary Mike
  // McCurry called the act “gay baiting”…"): then its subject is the speaker.
  const governed = (m: PersonMention) => {
    const at = tokens.findIndex((t) => t.start === m.start);
    const clauseEnds = !quoteFollowsVerb || tokens.slice(at, to).some((t) => t.text === ",");
    return isGoverned(tokens, at) || (SUBORDINATORS.has(lower(tokens[at - 1])) && clauseEnds);
  };
  return named.find((m) => !governed(m) && !m.qualifier);
}

function attributeAfter(c: Context, end: number): { decided: boolean; speaker?: string } {
  const tokens = c.p.tokens;
  let k = tokenIndexAt(tokens, end);
  if (lower(tokens[k]) === ",") k++;
  // "… an everyday occurrence, "she said.": a closing mark the scrape moved after the comma.
  if (
    lower(tokens[k - 1]) === "," &&
    ['"', "”"].includes(lower(tokens[k])) &&
    tokens[k]!.end === tokens[k + 1]?.start
  )
    k++;
  // "…,” according to Will Humble, director of …": the person named right after.
  if (lower(tokens[k]) === "according" && lower(tokens[k + 1]) === "to") {
    const named = personStartingAt(c, tokens[k + 2]);
    return { decided: true, ...(named ? { speaker: named.person } : {}) };
  }
  if (SPEECH_VERBS.has(lower(tokens[k]))) {
    // "“Nobody contacted me,” said the attorney, who asked not to be named": a source the story
    // keeps unnamed is nobody on its pages, whatever named person shares the job.
    if (DETERMINERS.has(lower(tokens[k + 1])) && keptAnonymous(c.p.text, tokens[k]!.end))
      return { decided: true };
    // "…,” said the statement issued on behalf of Speaker Boehner": a thing spoke, not the person named after it.
    if (DETERMINERS.has(lower(tokens[k + 1]))) {
      // "…,” said the spokesman, Patrick Boland.": the noun phrase is only the person's description.
      let comma = k + 2;
      while (comma < k + 6 && tokens[comma]?.isWord && !tokens[comma]!.isCapitalised) comma++;
      const named =
        lower(tokens[comma]) === "," ? personStartingAt(c, tokens[comma + 1]) : undefined;
      if (named) return { decided: true, speaker: named.person };
      // "…,” said an unimpressed Senate Majority Whip John Cornyn": a person the noun phrase
      // describes, with no preposition between ("said the statement issued on behalf of Speaker
      // Boehner" names a thing that spoke).
      const described = describedPerson(c, tokens, k + 2);
      if (described) return { decided: true, speaker: described };
      // "…,” said the statement issued on behalf of Speaker Boehner": a thing spoke, not the person named after it.
      if (!OFFICE_TITLES.has(lower(tokens[k + 2]))) return { decided: true };
    }
    let stop = k + 1;
    while (
      stop < Math.min(tokens.length, k + 12) &&
      ![",", ".", "!", "?", '"', "“"].includes(lower(tokens[stop]))
    )
      stop++;
    const who = lastPersonIn(c, tokens, k + 1, stop);
    // "…,” said Mr. Gross’s wife, Judy, at a vigil": past a noun phrase that only qualifies, the
    // name after the comma.
    const qualified = c.at.some(
      (m) =>
        m.paragraph === c.index &&
        m.qualifier &&
        m.start >= (tokens[k + 1]?.start ?? Infinity) &&
        m.start < (tokens[stop]?.start ?? -1),
    );
    const appositive =
      !who && qualified && lower(tokens[stop]) === ","
        ? personStartingAt(c, tokens[stop + 1])
        : undefined;
    if (appositive) return { decided: true, speaker: appositive.person };
    return { decided: true, speaker: who ? who.person : byRoleOrPronoun(c, tokens, k + 1) };
  }
  // "…testified that he had “no way to gauge” the “accuracy” of anything Goldstone promised": a
  // quote ended by no punctuation and followed by a preposition or a determiner is a phrase inside
  // its sentence; a verb further on belongs to that sentence's later clause, not to the quote.
  const endsBare = /[\p{L}\p{N}]["”’']?\s*$/u.test(c.p.text.slice(Math.max(0, end - 3), end));
  if (endsBare && (PREPOSITIONS.has(lower(tokens[k])) || DETERMINERS.has(lower(tokens[k]))))
    return { decided: false };
  let verb = k;
  // Far enough for an appositive or a relative clause between the name and its verb ("…,” New
  // York lawyer Alan Futerfas, who represents the company, said), never past the sentence; a
  // quote that closes its own sentence ("… at all.” He would not discuss …") starts a new one.
  const closesSentence = /[.!?]\s*["“”']?\s*$/u.test(c.p.text.slice(Math.max(0, end - 3), end));
  const reach = closesSentence ? 12 : VERB_REACH;
  while (
    verb < Math.min(tokens.length, k + reach) &&
    !SPEECH_VERBS.has(lower(tokens[verb])) &&
    !SENTENCE_END.has(lower(tokens[verb])) &&
    lower(tokens[verb]) !== '"'
  )
    verb++;
  if (verb === k || !SPEECH_VERBS.has(lower(tokens[verb]))) return { decided: false };
  // "“… our creativity.” Fellow speaker James MacMillan agreed: “We need …”": a verb that opens
  // the next quote is that quote's; this one is the earlier sentence's.
  if (closesSentence && opensQuote(tokens, verb + 1)) return { decided: false };
  // "Kate Hoey told crowds: “…” Judith Moritz said anti-hunt activists were …": a quote a colon
  // introduced is that speaker's; the next sentence reports someone else. So is one whose next
  // sentence's verb opens a reported clause ("… said if the party was in power").
  if (
    closesSentence &&
    (/:\s*["“‘]?\s*$/u.test(c.p.text.slice(Math.max(0, c.quoteStart - 4), c.quoteStart + 1)) ||
      REPORTED_CLAUSE_OPENERS.has(lower(tokens[verb + 1])))
  )
    return { decided: false };
  // "…,” as Defense Secretary Robert Gates used to say": the clause "as" opens is the attribution.
  if (lower(tokens[k]) === "as") {
    const named = lastPersonIn(c, tokens, k + 1, verb);
    if (named) return { decided: true, speaker: named.person };
  }
  const who = subjectIn(c, tokens, k, verb);
  if (who) return { decided: true, speaker: who.person };
  // "…,” Black said.": a surname the rules did not take for a name ("Black", "Earnest") of someone the article named in full.
  const bySurname = verb === k + 1 ? personBySurname(c, tokens[k]) : undefined;
  if (bySurname) return { decided: true, speaker: bySurname };
  // "…just” under 3 points, said party spokeswoman Kirsten Kukowski": the speaker follows the verb.
  let stop = verb + 1;
  while (
    stop < Math.min(tokens.length, verb + 12) &&
    ![",", ".", "!", "?", '"', "“"].includes(lower(tokens[stop]))
  )
    stop++;
  const named =
    lower(tokens[verb - 1]) === "," ? lastPersonIn(c, tokens, verb + 1, stop) : undefined;
  return { decided: true, speaker: named ? named.person : byRoleOrPronoun(c, tokens, k) };
}

/** Words that open a reported clause after a speech verb: "said that …", "said if …", "said the …". */
const REPORTED_CLAUSE_OPENERS = new Set([
  "that",
  "if",
  "whether",
  "he",
  "she",
  "they",
  "it",
  "we",
  "there",
  "the",
  "a",
  "an",
  "his",
  "her",
  "its",
  "their",
  "our",
  "this",
]);

/** The tokens at `at` open a quotation: a colon or a comma, then an opening quotation mark. */
function opensQuote(tokens: readonly Token[], at: number): boolean {
  const mark = [":", ","].includes(lower(tokens[at])) ? tokens[at + 1] : undefined;
  return mark !== undefined && ['"', "“", "‘"].includes(mark.text);
}

/** "who asked not to be named", "on condition of anonymity": the source is unnamed on purpose. */
const ANONYMITY =
  /^[^.!?“”"]*?\b(?:(?:asked|requested|declined) not to be (?:named|identified)|(?:on|under) (?:the )?condition (?:of|that he not be named|that she not be named)|(?:spoke|speaking) anonymously|not authori[sz]ed to (?:speak|discuss|comment))/u;

/** The rest of the sentence after `from` says its source is kept anonymous. */
function keptAnonymous(text: string, from: number): boolean {
  return ANONYMITY.test(text.slice(from, from + 200));
}

const PREPOSITIONS = new Set(["of", "on", "by", "for", "from", "with", "to", "at", "in", "about"]);

/**
 * The person a determiner's noun phrase ends in: at most four words of description before the
 * name, no preposition among them, and nothing but punctuation after it ("a pro-Hillary Clinton
 * advertisement" ends in a thing).
 */
function describedPerson(c: Context, tokens: readonly Token[], from: number): string | undefined {
  for (let j = from; j < Math.min(tokens.length, from + 5); j++) {
    const t = tokens[j]!;
    if (!t.isWord || PREPOSITIONS.has(lower(t))) return undefined;
    const person = personStartingAt(c, t);
    if (!person) continue;
    const after = tokens.find((x) => x.start >= person.end);
    return after === undefined || !after.isWord ? person.person : undefined;
  }
  return undefined;
}

function attributeBefore(
  c: Context,
  from: number,
  quoteStart: number,
  words: number,
): string | undefined {
  const tokens = c.p.tokens;
  let first = tokenIndexAt(tokens, from);
  const last = tokenIndexAt(tokens, quoteStart);
  for (let i = first; i < last; i++) if (SENTENCE_END.has(tokens[i]!.text)) first = i + 1;
  // "Hathaway says he doubts it, but, according to Bush, every time … “the Japanese have …”": the
  // source named closest before the quote outranks the sentence's first speaker.
  for (let i = last - 1; i > first; i--) {
    if (SPEECH_VERBS.has(lower(tokens[i]))) break;
    if (lower(tokens[i]) === "to" && lower(tokens[i - 1]) === "according") {
      const source = personStartingAt(c, tokens[i + 1]);
      if (source) return source.person;
    }
  }
  for (let v = last - 1; v >= first; v--) {
    if (!SPEECH_VERBS.has(lower(tokens[v]))) continue;
    // "Bill Clinton was asked to respond to Trump’s tweet calling him the “…”": whoever was
    // asked or told is not the one speaking.
    if (PASSIVE_AUXILIARIES.has(lower(tokens[v - 1])) && ADDRESSING_VERBS.has(lower(tokens[v])))
      continue;
    if (words < 2 && last - v > 2) return undefined;
    // "said Hale: “…”": the name after the verb; not after "told"/"asked", whose name is the one
    // addressed ("she told Adam Liptak: “…”").
    const addressed = ADDRESSING_VERBS.has(lower(tokens[v]));
    const after = addressed ? undefined : personStartingAt(c, tokens[v + 1]);
    if (after && v + 1 < last && introducesQuote(c.p.text, after.end, quoteStart))
      return after.person;
    // "Pointing to Bush and Rubio, he said …": the pronoun next to the verb is its subject.
    let p = v - 1;
    while (p > first && isSpeechFiller(lower(tokens[p]))) p--;
    // "…included Sen. Dianne Feinstein, California Democrat, who said it “offers …”": the
    // relative pronoun's person, the last named before it.
    if (lower(tokens[p]) === "who" && lower(tokens[p - 1]) === ",") {
      const named = lastPersonIn(c, tokens, first, p);
      if (named) return named.person;
    }
    if (PRONOUNS.has(lower(tokens[p])) && lower(tokens[p - 1]) !== "that")
      return byRoleOrPronoun(c, tokens, p, true);
    // "…that Fitzgerald repeatedly told Libby’s lawyers that … “…”": a name right before the
    // verb is its subject, whatever the sentence named before it.
    const next = personEndingAt(c, tokens[p]);
    // Not one governed by a preposition ("a special adviser to President Goodluck Jonathan told").
    const nextAt = next ? tokens.findIndex((t) => t.start === next.start) : -1;
    if (next && !isGoverned(tokens, nextAt)) return next.person;
    // "Hagel spoke to his counterpart, Press Secretary George Little said, noting the “…”": the
    // participle's subject is whoever the attribution just before it names.
    if (
      /ing$/.test(lower(tokens[v])) &&
      lower(tokens[v - 1]) === "," &&
      SPEECH_VERBS.has(lower(tokens[v - 2]))
    ) {
      const sayer = personEndingAt(c, tokens[v - 3]);
      if (sayer) return sayer.person;
    }
    const before = subjectIn(c, tokens, first, v, true);
    if (before) return before.person;
    // "He said he would stay on …, adding: “…”": a participle's subject is the sentence's, here
    // the pronoun that opens it.
    if (/ing$/.test(lower(tokens[v])) && PRONOUNS.has(lower(tokens[first])))
      return byRoleOrPronoun(c, tokens, first, true);
    let s = v - 1;
    while (s > first && isSpeechFiller(lower(tokens[s]))) s--;
    return byRoleOrPronoun(c, tokens, s, true);
  }
  // "Daines had the same answer each time: “It’s a good time to be fishing.”": a colon opens
  // the quote of the sentence's subject, when the sentence names one as its subject.
  if (lower(tokens[last - 1]) === ":") {
    const subject = c.at.find(
      (m) =>
        m.paragraph === c.index &&
        m.subject &&
        !m.inQuote &&
        m.start >= (tokens[first]?.start ?? Infinity) &&
        m.start < quoteStart,
    );
    return subject?.person;
  }
  return undefined;
}

/**
 * "said Hale: “We will win”", "said Hale, “we will win”": the name after the verb is the
 * speaker. Not in "the spokeswoman said Dorsey “expressed an interest”", where the name is the
 * subject of a reported clause the quoted fragment finishes: the words are the spokeswoman's.
 */
function introducesQuote(text: string, nameEnd: number, quoteStart: number): boolean {
  const between = text.slice(nameEnd, quoteStart);
  if (/^\s*[:,]\s*$/u.test(between)) return true;
  if (!/^\s*$/u.test(between)) return false;
  const opening = text.slice(quoteStart).replace(/^[\s“”"‘’']+/u, "");
  return /^\p{Lu}/u.test(opening);
}

/** "he said" → the person last named outside quotes; "the president said" → the person with that role. */
function byRoleOrPronoun(
  c: Context,
  tokens: readonly Token[],
  k: number,
  backwards = false,
): string | undefined {
  const word = lower(tokens[k]);
  if (PRONOUNS.has(word) && word !== "they")
    return lastNamedBefore(c, position(c.index, c.quoteStart), word === "he" ? "male" : "female");
  const title = backwards ? word : lower(tokens[k + 1]);
  const article = backwards ? lower(tokens[k - 1]) : word;
  if (article !== "the" || !OFFICE_TITLES.has(title)) return undefined;
  const holders = c.people.filter((p) => p.role && officeWordsOf(p.role).includes(title));
  if (holders.length <= 1) return holders[0]?.name;
  const names = new Set(holders.map((h) => h.name));
  const recent = [...c.at]
    .reverse()
    .find(
      (m) =>
        names.has(m.person) && position(m.paragraph, m.start) < position(c.index, c.quoteStart),
    );
  return recent?.person;
}

/**
 * Whom "he"/"she" means: the subject of a recent sentence that names someone; never someone
 * whose first name says the other gender, and nobody when the only candidates were named as
 * objects ("Would she vote for Hillary?" says nothing about who "she" is): a wrong speaker is
 * worse than none.
 */
function lastNamedBefore(
  c: Context,
  before: number,
  gender: "male" | "female",
): string | undefined {
  const other = gender === "male" ? "female" : "male";
  const earlier = [...c.at]
    .reverse()
    .filter(
      (m) => !m.inQuote && position(m.paragraph, m.start) < before && genderOf(m.person) !== other,
    );
  const latest = earlier[0];
  if (!latest) return undefined;
  const subject = earlier.find((m) => m.subject && m.paragraph >= latest.paragraph - 1);
  if (!subject) return undefined;
  // Someone named in this paragraph or the one before, or further back when every paragraph
  // since keeps talking of "he"/"she" and names nobody else (a pronoun chain); otherwise "he"
  // may be anyone.
  const pronoun = gender === "male" ? /\b(?:he|his|him)\b/i : /\b(?:she|her)\b/i;
  for (let k = subject.paragraph + 1; k < c.index - 1; k++) {
    const otherSubject = c.at.some(
      (m) => m.paragraph === k && !m.inQuote && m.subject && m.person !== subject.person,
    );
    if (otherSubject || !pronoun.test(c.paragraphs[k]?.text ?? "")) return undefined;
  }
  return subject.person;
}

/**
 * "“…,” Kent said. One national Democratic strategist added: “…”": a speech verb between two
 * quotes whose subject the rules could not name introduces someone unnamed, not the last speaker.
 * ("he added" would have named the last speaker already.)
 */
function introducedByAnother(p: ParagraphMentions, from: number, to: number): boolean {
  const tokens = p.tokens;
  const first = tokenIndexAt(tokens, from);
  const last = tokenIndexAt(tokens, to);
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    if (!SPEECH_VERBS.has(lower(t))) continue;
    const inQuote = p.quotes.some((q) => t.start > q.start && t.start < q.end);
    if (!inQuote && opensQuote(tokens, i + 1)) return true;
  }
  return false;
}

function namesSomeoneElseBetween(
  at: readonly PersonMention[],
  paragraph: number,
  from: number,
  to: number,
  speaker: string,
): boolean {
  // "said Tim Pawlenty, a Romney surrogate who …. “…”": a name that only qualifies a noun names
  // no new speaker.
  return at.some(
    (m) =>
      m.paragraph === paragraph &&
      !m.inQuote &&
      !m.qualifier &&
      m.start >= from &&
      m.start < to &&
      m.person !== speaker,
  );
}
