// Collects the places and organisations of an article from its mentions, deduplicated
// by folded name and ordered by salience: headline and lede mentions count extra, then how
// often the article names it, then where it first appears. Deterministic.
import type { Mention } from "./extract-mentions.ts";
import { foldName } from "./fold-name.ts";
import { loadLexicon } from "./load-lexicon.ts";
import { ORGANISATION_TAIL_WORDS, ORGANISATION_WORDS } from "./organisation-words.ts";

const HEADLINE_WEIGHT = 3;
/** The first paragraph (the lede) names what the story is about. */
const LEDE_WEIGHT = 2;

/** Display names of mentions of one kind, most salient first. */
export function rankEntities(
  mentions: readonly Mention[],
  kind: "place" | "organisation",
): string[] {
  const tally = new Map<string, { name: string; score: number; first: number }>();
  const expands = new Map<string, string>();
  let previous: Mention | undefined;
  for (const m of mentions) {
    if (m.reading.kind !== kind) continue;
    const name = displayName(m.reading.name);
    let key = foldName(name);
    // "Cepes (Peruvian Centre for Social Studies)": the parenthesis names the same body again.
    if (
      kind === "organisation" &&
      previous?.reading.kind === kind &&
      previous.paragraph === m.paragraph &&
      m.expandsPrevious
    )
      expands.set(key, foldName(displayName(previous.reading.name)));
    previous = m;
    key = expands.get(key) ?? key;
    const at = m.paragraph * 1e7 + m.start;
    const entry = tally.get(key) ?? { name, score: 0, first: at };
    entry.score += m.paragraph === 0 ? HEADLINE_WEIGHT : m.paragraph === 1 ? LEDE_WEIGHT : 1;
    entry.first = Math.min(entry.first, at);
    tally.set(key, entry);
  }
  if (kind === "organisation") mergeOrganisationVariants(tally);
  return [...tally.values()]
    .sort((a, b) => b.score - a.score || a.first - b.first)
    .map((e) => e.name);
}

/** Letters of the capitalised words ("Equal Opportunities Commission" → "eoc"). */
const initials = (name: string) =>
  (name.match(/\p{Lu}[\p{L}'’-]*/gu) ?? [])
    .map((w) => w[0])
    .join("")
    .toLowerCase();
const BROADCASTER_SERVICES =
  /^(BBC|ITV|CNN|Sky|NBC|CBS|ABC|Fox) (Radio|News|Sport|World|Online|One|Two|Three|Four|Five|Live|Scotland|Wales)\b.*$/u;
const COUNTRY_PREFIX = /^(?:US|UK|U\.S\.|EU) /u;

/**
 * Folds variants of one organisation into one entry: an acronym into the name it
 * abbreviates ("EOC" → "Equal Opportunities Commission"), a country-prefixed name into
 * the bare one ("US Federal Reserve" → "Federal Reserve"), a broadcaster's service into
 * the broadcaster ("BBC Radio 4" → "BBC").
 */
function mergeOrganisationVariants(
  tally: Map<string, { name: string; score: number; first: number }>,
): void {
  const entries = [...tally.entries()];
  const target = (name: string): string | undefined => {
    const service = BROADCASTER_SERVICES.exec(name);
    if (service) return service[1];
    // "US Federal Reserve" is the Federal Reserve, but "UK Government" is no "Government" (issue #11).
    if (COUNTRY_PREFIX.test(name)) {
      const bare = name.replace(COUNTRY_PREFIX, "");
      if (bare.includes(" ") || tally.has(foldName(bare))) return bare;
    }
    // "Ugandan Media Council" and "Media Council": one body, named once with its nationality.
    const space = name.indexOf(" ");
    if (
      space > 0 &&
      loadLexicon().demonyms.has(foldName(name.slice(0, space))) &&
      tally.has(foldName(name.slice(space + 1)))
    )
      return name.slice(space + 1);
    const letters = name.replace(/\.(?=\p{Lu}|$)/gu, ""); // "U.N." → "UN"
    if (/^\p{Lu}{2,6}$/u.test(letters))
      return entries.find(
        ([, e]) => e.name.includes(" ") && initials(e.name) === letters.toLowerCase(),
      )?.[1].name;
    // "Pernod" and "Pernod Ricard": a firm's short name, unless the longer one is a part of it ("Microsoft Research").
    if (!name.includes(" ") && !/^\p{Lu}{2,}/u.test(name)) {
      const longer = entries.filter(
        ([, e]) =>
          e.name.startsWith(`${name} `) &&
          e.name.split(" ").length === 2 &&
          !ORGANISATION_WORDS.has(e.name.split(" ")[1]!.toLowerCase()) &&
          !ORGANISATION_TAIL_WORDS.has(e.name.split(" ")[1]!.toLowerCase()),
      );
      if (longer.length === 1) return longer[0]![1].name;
    }
    return undefined;
  };
  for (const [key, entry] of entries) {
    const into = target(entry.name);
    if (!into || foldName(into) === key) continue;
    const home = tally.get(foldName(into)) ?? { name: into, score: 0, first: entry.first };
    home.score += entry.score;
    home.first = Math.min(home.first, entry.first);
    tally.delete(key);
    tally.set(foldName(into), home);
  }
}

/** Drops a leading "The" and a stray trailing full stop ("The Times." → "Times"). */
export function displayName(name: string): string {
  return name
    .replace(/^the\s+/i, "")
    .replace(/(?<![\p{Lu}]\.\p{Lu})\.$/u, "")
    .trim();
}
