// The one role a person page shows, from the roles the articles give. Articles call a prime
// minister "Prime Minister", "UK Prime Minister" and "Minister"; the page should say the most
// specific of them once, not "Prime Minister; UK Prime Minister" (issue #11).
//
// A role wins over another it contains as its head ("UK Prime Minister" over "Prime Minister",
// "Chancellor of the Exchequer" over "Chancellor"), and counts that role's mentions as its own.
// "Deputy Prime Minister", "shadow chancellor" and "Lieutenant Governor" are other offices, so
// they never contain the plain one; "former President" competes with "President" on mentions
// alone, because it says something different, not something narrower. Among the roles left,
// the most mentioned wins; ties go to the most recent article, then A–Z.
import { normaliseRole } from "./normalise-role.ts";

/** Words that make a different office of the one they precede. */
const OTHER_OFFICE = new Set([
  "deputy",
  "vice",
  "assistant",
  "associate",
  "under",
  "shadow",
  "acting",
  "interim",
  "junior",
  "co",
  "lieutenant",
  "sub",
]);
/** Words after an office that narrow it: "Secretary of State", "Minister for Europe". */
const NARROWING_SUFFIX = /^ (?:of|for|at|to|in) /;
const PAST = /^(?:former|ex|then) /;

interface Candidate {
  key: string;
  /** The key without "former": the office itself. */
  office: string;
  past: boolean;
  count: number;
  /** Index of the newest mention: mentions come newest article first. */
  newest: number;
  spellings: Map<string, number>;
}

/**
 * @param mentions roles as articles give them, newest article first, repeats included
 * @example
 * pickRole(["Prime Minister", "Chancellor", "Prime Minister", "Norway Prime Minister"]) //=> "Prime Minister of Norway"
 * pickRole(["", " "]) //=> undefined
 */
export function pickRole(mentions: readonly string[]): string | undefined {
  const candidates = gather(mentions);
  const support = (winner: Candidate) =>
    candidates.reduce(
      (sum, other) => sum + (other === winner || contains(winner, other) ? other.count : 0),
      0,
    );
  const best = candidates
    .filter(
      (candidate) => !candidates.some((other) => other !== candidate && contains(other, candidate)),
    )
    .map((candidate) => ({ candidate, support: support(candidate) }))
    .sort(
      (a, b) =>
        b.support - a.support ||
        a.candidate.newest - b.candidate.newest ||
        (a.candidate.key < b.candidate.key ? -1 : 1),
    )[0];
  return best && displayForm(best.candidate);
}

function gather(mentions: readonly string[]): Candidate[] {
  const byKey = new Map<string, Candidate>();
  mentions.forEach((mention, index) => {
    const role = normaliseRole(mention);
    // "Ex-", "then-" and "former" say one thing: the office is past.
    const key = roleKey(role).replace(PAST, "former ");
    if (key === "") return;
    let candidate = byKey.get(key);
    if (!candidate) {
      const past = PAST.test(key);
      byKey.set(
        key,
        (candidate = {
          key,
          office: key.replace(PAST, ""),
          past,
          count: 0,
          newest: index,
          spellings: new Map(),
        }),
      );
    }
    candidate.count++;
    candidate.spellings.set(role, (candidate.spellings.get(role) ?? 0) + 1);
  });
  return [...byKey.values()];
}

/** Case, dots and hyphens aside, one role: "U.S. Vice-President" is "us vice president". */
function roleKey(role: string): string {
  return role
    .toLowerCase()
    .replace(/\./g, "")
    .replace(/[-\s]+/g, " ")
    .trim();
}

/** True when `inner`'s office is the head of `outer`'s, in the same tense. */
function contains(outer: Candidate, inner: Candidate): boolean {
  if (outer.past !== inner.past || outer.office === inner.office) return false;
  const text = ` ${outer.office} `;
  for (
    let at = text.indexOf(` ${inner.office} `);
    at !== -1;
    at = text.indexOf(` ${inner.office} `, at + 1)
  ) {
    const before = text.slice(1, at).split(" ").filter(Boolean);
    const after = text.slice(at + inner.office.length + 1, -1);
    if (before.some((word) => OTHER_OFFICE.has(word))) continue;
    if (after === "" || NARROWING_SUFFIX.test(after)) return true;
  }
  return false;
}

/** The spelling most mentions use; ties go to the first seen, the newest. */
function displayForm(candidate: Candidate): string {
  let best = "";
  for (const [spelling, count] of candidate.spellings)
    if (best === "" || count > candidate.spellings.get(best)!) best = spelling;
  return best;
}
