// Context that marks an unfamiliar capitalised name as an organisation rather than a
// person: a business noun before it ("oil giant Yukos", "drinks firm Allied Domecq"),
// a possessive business noun after it ("BA's profits"), share-price talk ("Pernod
// shares slipped"), and, in football reports, club talk ("Chelsea boss", "beat
// Barcelona") which turns city names into clubs.
import type { Token } from "./tokenize-text.ts";

const NOUNS_BEFORE = new Set([
  "firm",
  "company",
  "giant",
  "group",
  "maker",
  "rival",
  "retailer",
  "bank",
  "carrier",
  "airline",
  "operator",
  "chain",
  "chains",
  "agency",
  "publisher",
  "broadcaster",
  "insurer",
  "lender",
  "manufacturer",
  "producer",
  "supplier",
  "conglomerate",
  "subsidiary",
  "telco",
  "brewer",
  "label",
  "studio",
  "network",
  "newspaper",
  "channel",
  "website",
  "site",
  "developer",
  "distributor",
  "regulator",
  "watchdog",
  "leader",
  "firms",
  "unit",
  "startup",
  "start-up",
  "partner",
  "outfit",
  "club",
  "side",
  "charity",
  "consultancy",
  "organisation",
  "organization",
  "body",
  "chains",
  "broadcasters",
  "airlines",
  "banks",
  "lenders",
  "insurers",
  "supermarket",
  "supermarkets",
]);
/** Lower-case nouns right after a name (or after one more lower-case word) that make it an organisation ("the Reuters news agency", "New Vision newspaper"). */
const NOUNS_AFTER = new Set([
  "group",
  "firm",
  "company",
  "agency",
  "newspaper",
  "paper",
  "tabloid",
  "gallery",
  "museum",
  "charity",
  "bank",
  "broadcaster",
  "network",
  "website",
  "airline",
  "carrier",
  "chain",
  "consultancy",
  "organisation",
  "organization",
  "label",
  "studio",
  "studios",
  "publisher",
  "retailer",
  "insurer",
  "lender",
  "conglomerate",
  "supermarket",
  "think-tank",
  "unit",
  "subsidiary",
  "division",
  "arm",
  "affiliate",
]);
/** Nouns that an appositive uses for an organisation ("Glenmorangie, one of Scotland's premier whisky firms"). */
const APPOSITIVE_NOUNS = new Set([
  ...NOUNS_AFTER,
  "firms",
  "companies",
  "banks",
  "groups",
  "giant",
  "giants",
  "maker",
  "makers",
  "carrier",
  "operator",
  "brewer",
  "distiller",
  "party",
  "union",
  "club",
  "charities",
  "retailers",
  "airlines",
  "lenders",
  "insurers",
  "chains",
]);
const POSSESSED_NOUNS = new Set([
  "profits",
  "profit",
  "shares",
  "sales",
  "revenues",
  "revenue",
  "results",
  "customers",
  "subscribers",
  "products",
  "software",
  "stake",
  "board",
  "staff",
  "spokesman",
  "spokeswoman",
  "chief",
  "boss",
  "chairman",
  "founder",
  "shareholders",
  "earnings",
  "losses",
  "takeover",
  "purchase",
  "share",
  "bid",
  "executives",
  "ceo",
  "website",
  "fans",
  "manager",
  "striker",
  "midfielder",
  "defender",
  "keeper",
  "goalkeeper",
  "captain",
  "skipper",
  "squad",
  "players",
  "player",
  "defence",
  "midfield",
  "attack",
  "stadium",
  "ground",
  "finances",
  "owners",
]);
const AFTER_WORDS = new Set([
  "shares",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "officials",
  "executives",
  "shareholders",
  "chairman",
  "bosses",
]);
const CLUB_AFTER = new Set([
  "boss",
  "manager",
  "striker",
  "midfielder",
  "defender",
  "keeper",
  "goalkeeper",
  "skipper",
  "fans",
  "side",
  "squad",
  "stalwart",
  "supporters",
  "chairman",
]);
const CLUB_BEFORE = new Set([
  "beat",
  "beating",
  "against",
  "face",
  "faces",
  "facing",
  "v",
  "vs",
  "joined",
  "join",
  "joining",
  "upset",
  "host",
  "hosts",
]);
const FOOTBALL_WORDS =
  /\b(?:football|footballer|striker|midfielder|goalkeeper|defender|Premiership|Premier League|Champions League|FA Cup|Carling Cup|Uefa|Fifa|penalty|goals?|scored|kick-off)\b/g;

const NAMED_AFTER_COMMA = new Set([
  "organisation",
  "organization",
  "charity",
  "firm",
  "company",
  "group",
  "body",
  "agency",
  "bank",
  "consultancy",
  "watchdog",
  "regulator",
]);
const FUNCTION_WORDS = new Set([
  "and",
  "or",
  "the",
  "a",
  "an",
  "of",
  "in",
  "on",
  "at",
  "to",
  "for",
  "with",
  "by",
  "from",
  "is",
  "was",
  "has",
  "had",
  "said",
  "says",
  "told",
  "as",
]);
const SAYS = new Set([
  "said",
  "says",
  "added",
  "announced",
  "reported",
  "warned",
  "expects",
  "hopes",
  "plans",
  "intends",
]);
const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? "";

/** Is this a football report, where city names usually mean clubs? */
export function isFootballText(text: string): boolean {
  return (text.slice(0, 50_000).match(FOOTBALL_WORDS)?.length ?? 0) >= 3;
}

/** Business context around the run from token `from` to `to` (exclusive). */
export function hasOrganisationCue(
  tokens: readonly Token[],
  from: number,
  to: number,
  possessive: boolean,
  headline = false,
): boolean {
  const before = lower(tokens[from - 1]);
  if (isDatelineAgency(tokens, from, to)) return true;
  if (NOUNS_BEFORE.has(before) && !tokens[from - 1]!.isCapitalised) return true;
  if (
    (before === "in" || before === "of") &&
    ["shares", "stake", "stakes"].includes(lower(tokens[from - 2]))
  )
    return true;
  const after = lower(tokens[to]);
  if (possessive && POSSESSED_NOUNS.has(after)) return true;
  if (after === "," && lower(tokens[to + 1]) === "which") return true;
  if (SAYS.has(after) && ["it", "its"].includes(lower(tokens[to + 1]))) return true;
  if (
    after === "said" &&
    lower(tokens[to + 1]) === "in" &&
    ["a", "its"].includes(lower(tokens[to + 2])) &&
    lower(tokens[to + 3]) === "statement"
  )
    return true;
  const next = tokens[to];
  // "the Reuters news agency", but not "Investment bank Morgan Stanley" (a descriptor of the next name).
  const nounAt = NOUNS_AFTER.has(after)
    ? to
    : !FUNCTION_WORDS.has(after) && NOUNS_AFTER.has(lower(tokens[to + 1]))
      ? to + 1
      : -1;
  if (
    !possessive &&
    !headline &&
    next?.isWord &&
    !next.isCapitalised &&
    nounAt >= 0 &&
    !tokens[nounAt + 1]?.isCapitalised
  )
    return true;
  if (before === "," && NAMED_AFTER_COMMA.has(lower(tokens[from - 2]))) return true; // "the non-government organisation, Cepes"
  if (after === "," && hasOrganisationAppositive(tokens, to + 1)) return true;
  return !possessive && AFTER_WORDS.has(after);
}

/** ", the oil firm," / ", one of Scotland's premier whisky firms,": an organisation noun within a short appositive. */
function hasOrganisationAppositive(tokens: readonly Token[], k: number): boolean {
  if (!["the", "a", "an", "one"].includes(lower(tokens[k]))) return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 7); j++) {
    const t = tokens[j]!;
    if (!t.isWord) return false;
    if (!t.isCapitalised && !t.possessive && APPOSITIVE_NOUNS.has(t.text.toLowerCase()))
      return true;
  }
  return false;
}

/** "WASHINGTON (AP) —", "BEIJING (Reuters) -": the news agency in a wire dateline. */
function isDatelineAgency(tokens: readonly Token[], from: number, to: number): boolean {
  if (
    lower(tokens[from - 1]) !== "(" ||
    lower(tokens[to]) !== ")" ||
    !["-", "—", "–"].includes(tokens[to + 1]?.text ?? "")
  )
    return false;
  const place = tokens.slice(0, from - 1);
  return (
    place.length > 0 &&
    place.length <= 6 &&
    place.every((t) => t.isAllCaps || t.text === "," || (t.isWord && t.isCapitalised))
  );
}

/** Club talk around a run in a football report. */
export function hasClubCue(
  tokens: readonly Token[],
  from: number,
  to: number,
  possessive: boolean,
): boolean {
  const before = lower(tokens[from - 1]);
  if (
    before === "over" &&
    ["win", "victory", "defeat", "triumph"].includes(lower(tokens[from - 2]))
  )
    return true;
  // "Chelsea's Damien Duff": a club's player.
  if (possessive && tokens[to]?.isCapitalised && tokens[to + 1]?.isCapitalised) return true;
  return CLUB_AFTER.has(lower(tokens[to])) || CLUB_BEFORE.has(before);
}
