// Context that says a capitalised name is a group or a work, never one person, even when its
// first word is a first name ("rock band Franz Ferdinand", "accountancy firm Grant Thornton",
// "Franz Ferdinand have won", "Harry Potter star Daniel Radcliffe"). These cues hold whatever
// the words of the name are, which is why they may overrule a first name where the softer
// business cues of organisation-cues.ts may not ("market leader Tesco" but "Labour leader Tony
// Blair"). Pure: tokens in, yes or no out.
import type { Token } from "./tokenize-text.ts";

/**
 * Nouns that, written in lower case right before a name, make it a group: a person is never
 * "the band X" or "bookmakers X". Left out on purpose: nouns a person may follow
 * ("leader", "producer", "publisher", "broadcaster", "partner", "rival", "developer").
 */
const GROUP_NOUNS_BEFORE = new Set([
  "band",
  "bands",
  "group",
  "duo",
  "trio",
  "quartet",
  "quintet",
  "outfit",
  "club",
  "clubs",
  "firm",
  "firms",
  "company",
  "companies",
  "bank",
  "banks",
  "bankers",
  "bookmaker",
  "bookmakers",
  "bookies",
  "accountants",
  "auditors",
  "brokers",
  "stockbroker",
  "stockbrokers",
  "analysts",
  "consultants",
  "consultancy",
  "carmaker",
  "retailer",
  "retailers",
  "supermarket",
  "airline",
  "insurer",
  "lender",
  "conglomerate",
  "agency",
  "charity",
  "website",
  "newspaper",
  "label",
  "studio",
  "department",
  "ministry",
  "regulator",
  "watchdog",
  "union",
  "council",
  "committee",
  "authority",
  "association",
  "institute",
]);

/**
 * Nouns that, between a name and another name, make the first name the second's team, band,
 * firm or work: "Blazin' Squad rapper Kenzie", "Gartner analyst Carolina Milanesi". Left out:
 * nouns that tie a person to a person ("Bush spokesman", "Obama adviser", "Blair aide").
 */
const MEMBER_NOUNS = new Set([
  "star",
  "stars",
  "rapper",
  "singer",
  "frontman",
  "frontwoman",
  "guitarist",
  "drummer",
  "bassist",
  "keyboardist",
  "vocalist",
  "actor",
  "actress",
  "author",
  "creator",
  "director",
  "presenter",
  "host",
  "boss",
  "manager",
  "coach",
  "striker",
  "midfielder",
  "defender",
  "goalkeeper",
  "keeper",
  "winger",
  "captain",
  "skipper",
  "chairman",
  "chairwoman",
  "founder",
  "analyst",
  "economist",
  "strategist",
  "researcher",
]);

/** Plural nouns for works after a name: "the Harry Potter films", "the James Bond books". */
const WORK_PLURALS = new Set([
  "films",
  "movies",
  "books",
  "novels",
  "stories",
  "series",
  "franchise",
  "sequels",
  "adaptations",
]);

/** A verb in the plural right after the name: groups take it, one person never does. */
const PLURAL_VERBS = new Set(["are", "were", "have"]);
/** Words before the name after which a plural verb says nothing ("if X were", "did X have", "X and Y are"). */
const NO_AGREEMENT_BEFORE = new Set([
  "and",
  "&",
  "or",
  "nor",
  "if",
  "as",
  "did",
  "do",
  "does",
  "would",
  "could",
  "should",
  "might",
  "may",
  "must",
  "will",
  "can",
  "wish",
  "though",
  "unless",
  "whether",
  "where",
  "how",
  "why",
  "when",
  "what",
]);

const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? "";
const isLowerWord = (t: Token | undefined): t is Token =>
  Boolean(t?.isWord && !t.isCapitalised && !t.possessive);

/**
 * The run from token `from` to `to` (exclusive) is named as a group: after a group noun
 * ("rock band Franz Ferdinand", "bookmakers William Hill") or with a verb in the plural
 * ("Razorlight were"). `possessive`: the run ends in "'s".
 * @example isNamedAsGroup(tokenize("the rock band Franz Ferdinand played"), 3, 5, false) //=> true
 */
export function isNamedAsGroup(
  tokens: readonly Token[],
  from: number,
  to: number,
  possessive: boolean,
): boolean {
  const before = tokens[from - 1];
  // "band Maroon 5": the name goes on past the run, so the run is not the group's name.
  const runsOn = /^\d/.test(tokens[to]?.text ?? "");
  if (
    isLowerWord(before) &&
    GROUP_NOUNS_BEFORE.has(lower(before)) &&
    !isListed(tokens, to) &&
    !runsOn
  )
    return true;
  return !possessive && hasPluralVerb(tokens, from, to);
}

/**
 * The run is a work's or a group's name used as a modifier ("Harry Potter star Daniel
 * Radcliffe", "Chelsea boss Jose Mourinho") or a work's ("the James Bond films").
 */
export function isNamedAsModifier(
  tokens: readonly Token[],
  to: number,
  possessive: boolean,
): boolean {
  if (possessive) return false;
  const next = tokens[to];
  if (!isLowerWord(next)) return false;
  if (WORK_PLURALS.has(lower(next))) return true;
  return MEMBER_NOUNS.has(lower(next)) && Boolean(tokens[to + 1]?.isCapitalised);
}

/** "Franz Ferdinand have won", but not "Blair and Brown are", "if Blair were", "did Blair have". */
function hasPluralVerb(tokens: readonly Token[], from: number, to: number): boolean {
  if (!PLURAL_VERBS.has(lower(tokens[to]))) return false;
  for (let k = Math.max(0, from - 4); k < from; k++)
    if (NO_AGREEMENT_BEFORE.has(lower(tokens[k]))) return false;
  const before = tokens[from - 1];
  // "Scissor Sisters, Franz Ferdinand, Keane … were": the last of a list.
  if (before?.text === "," && tokens[from - 2]?.isCapitalised) return false;
  // The name must be the verb's subject: "a museum dedicated to Jimi Hendrix are flailing" is not.
  return !isLowerWord(before) || SUBJECT_LEADS.has(lower(before));
}

/** Lower-case words after which a name starts a clause as its subject. */
const SUBJECT_LEADS = new Set([
  "the",
  "but",
  "while",
  "because",
  "that",
  "since",
  "although",
  "after",
  "before",
  "until",
  "so",
  "yet",
  "then",
]);

/** "analysts John Smith and Mary Jones": a plural noun before several people, not a group's name. */
function isListed(tokens: readonly Token[], to: number): boolean {
  return lower(tokens[to]) === "and" && Boolean(tokens[to + 1]?.isCapitalised);
}
