// Second look at an article's mentions once all are read: context can overrule the
// word-only reading (business talk makes a name a company, club talk makes a city a
// club, "analyst X of Y" makes Y an employer), and a name read as an organisation once
// is one everywhere in the article. Never for a word of a person's full name.
import type { ParagraphMentions } from "./extract-mentions.ts";
import { foldName } from "./fold-name.ts";
import { loadLexicon } from "./load-lexicon.ts";

function isPersonWord(read: ParagraphMentions[], word: string): boolean {
  const key = foldName(word);
  return read.some((p) =>
    p.mentions.some(
      (m) =>
        // "John Claxton", and "President Trump" (one "any Trump officials" must not make the
        // president a firm for the whole story; "Yukos said" is still a firm's).
        m.reading.kind === "person" &&
        (m.reading.words.length >= 2 || m.reading.titled) &&
        m.reading.words.some((w) => foldName(w) === key),
    ),
  );
}

/** Lone words some mention gives a person's evidence to ("said Claxton", "John Claxton"). */
function namedPersonWords(read: ParagraphMentions[]): Set<string> {
  const words = new Set<string>();
  for (const p of read)
    for (const m of p.mentions) {
      if (m.reading.kind === "single" && m.nextToSpeechVerb && !m.inQuote)
        words.add(m.reading.word);
      if (m.reading.kind === "person") for (const w of m.reading.words) words.add(w);
    }
  return words;
}

/** A name read as an organisation once is one everywhere in the article ("Pernod" → "Pernod Ricard" too). */
export function spreadOrganisations(read: ParagraphMentions[]): ParagraphMentions[] {
  const orgs = new Set(
    read.flatMap((p) =>
      p.mentions.filter((m) => m.reading.kind === "organisation").map((m) => foldName(m.surface)),
    ),
  );
  if (orgs.size === 0) return read;
  const firstNames = loadLexicon().firstNames;
  for (const p of read)
    for (const m of p.mentions) {
      if (
        m.reading.kind === "single" &&
        orgs.has(foldName(m.reading.word)) &&
        !isPersonWord(read, m.reading.word)
      )
        m.reading = { kind: "organisation", name: m.reading.word };
      else if (
        m.reading.kind === "person" &&
        !m.reading.titled &&
        (orgs.has(foldName(m.reading.words.join(" "))) ||
          (!firstNames.has(foldName(m.reading.words[0]!)) &&
            orgs.has(foldName(m.reading.words[0]!))))
      )
        m.reading = { kind: "organisation", name: m.reading.words.join(" ") };
    }
  return read;
}

/**
 * The name a group cue makes an organisation of: an untitled person's words, or a lone word
 * that is no ordinary word, plural or date ("Fans were", "MPs have", "early May were" name no group).
 */
function namedGroup(
  r: ParagraphMentions["mentions"][number]["reading"],
  lex: ReturnType<typeof loadLexicon>,
): string | undefined {
  if (r.kind === "person") {
    // "While United have": a sentence's first word is no part of the group's name.
    const words = r.words.filter((w, i) => i > 0 || !lex.commonWords.has(foldName(w)));
    if (r.titled || words.length === 0) return undefined;
    return words.length > 1
      ? words.join(" ")
      : namedGroup({ kind: "single", word: words[0]! }, lex);
  }
  if (r.kind !== "single" || r.word.length < 2 || /^\p{Lu}+s$/u.test(r.word)) return undefined;
  const key = foldName(r.word);
  if (lex.commonWords.has(key) || lex.commonWords.has(key.replace(/e?s$/, ""))) return undefined;
  return MONTHS_AND_DAYS.test(key) ? undefined : r.word;
}
const MONTHS_AND_DAYS =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * Context can overrule the word-only reading: business talk makes a name a company,
 * club talk makes a city a club. Never for a word that is part of a person's full name.
 */
export function rereadInContext(read: ParagraphMentions[]): void {
  const lex = loadLexicon();
  const personWords = new Set(
    // Only names with evidence: "Pernod Ricard" read as a name of unknown words does not make "Pernod" a person.
    read.flatMap((p) =>
      p.mentions.flatMap((m) =>
        m.reading.kind === "person" &&
        m.reading.words.length >= 2 &&
        (!m.reading.weakEvidence || m.nextToSpeechVerb || m.personCue)
          ? m.reading.words.map((w) => foldName(w))
          : [],
      ),
    ),
  );
  const named = namedPersonWords(read);
  const personSurfaces = new Map<string, number>();
  for (const p of read)
    for (const m of p.mentions)
      if (m.reading.kind === "person")
        personSurfaces.set(m.surface, (personSurfaces.get(m.surface) ?? 0) + 1);
  // Surfaces some mention gives a person's title or descriptor ("singer Jo Ward"): a group cue elsewhere does not outweigh it.
  const introducedAsPerson = new Set(
    read.flatMap((p) =>
      p.mentions
        .filter((m) => m.personCue || (m.reading.kind === "person" && m.reading.titled))
        .map((m) => m.surface),
    ),
  );
  for (const p of read)
    for (const m of p.mentions) {
      const r = m.reading;
      // A lone word at a sentence start may be any plural noun ("Fans were"): no group on that alone.
      const groupName =
        m.cues.group && !(m.weak && r.kind === "single") ? namedGroup(r, lex) : undefined;
      if (groupName && !introducedAsPerson.has(m.surface)) {
        m.reading = { kind: "organisation", name: groupName };
        continue;
      }
      const cue = m.cues.organisation || m.cues.club || m.cues.employer;
      const ownName = r.kind === "person" && personSurfaces.get(m.surface) === 1;
      const employerOnly = m.cues.employer && !m.cues.organisation && !m.cues.club;
      if (
        r.kind === "single" &&
        cue &&
        r.word.length > 1 &&
        !personWords.has(foldName(r.word)) &&
        !lex.commonWords.has(foldName(r.word).replace(/s$/, "")) &&
        !(employerOnly && lex.firstNames.has(foldName(r.word)))
      )
        m.reading = { kind: "organisation", name: r.word };
      else if (
        r.kind === "person" &&
        !r.titled &&
        cue &&
        // "Firas Abi-Ali, an analyst for the consulting firm IHS,": a person's own cue wins.
        !m.personCue &&
        (!lex.firstNames.has(foldName(r.words[0]!)) ||
          (m.cues.employer && ownName && !r.words.some((w) => /^\p{Lu}\.$/u.test(w))))
      )
        m.reading = { kind: "organisation", name: r.words.join(" ") };
      else if (
        m.cues.place &&
        r.kind === "single" &&
        !personWords.has(foldName(r.word)) &&
        !lex.commonWords.has(foldName(r.word)) &&
        !named.has(r.word)
      )
        m.reading = { kind: "place", name: r.word };
      else if (
        m.cues.place &&
        r.kind === "person" &&
        r.weakEvidence &&
        !r.titled &&
        !lex.firstNames.has(foldName(r.words[0]!)) &&
        personSurfaces.get(m.surface) === 1
      )
        m.reading = { kind: "place", name: r.words.join(" ") };
      else if (r.kind === "organisation" && r.whole && (m.cues.club || m.cues.footballCity))
        m.reading = { kind: "organisation", name: r.whole };
      else if (
        r.kind === "place" &&
        (m.weak || m.nextToSpeechVerb) &&
        personWords.has(foldName(r.name)) &&
        !lex.countries.has(foldName(r.name))
      )
        m.reading = { kind: "single", word: r.name }; // "Wentworth worked as...", after "Richard Wentworth"
      else if (
        r.kind === "place" &&
        (m.cues.club || m.cues.footballCity) &&
        !m.afterThe &&
        !lex.countries.has(foldName(r.name))
      )
        m.reading = { kind: "organisation", name: r.name };
    }
}
