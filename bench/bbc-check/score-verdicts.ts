// Person and tag pages + an editor's verdicts on their names → the shares issue #11 sets
// targets for: person pages that are no person, person pages that duplicate another, junk
// tags, and names with no verdict yet (new since the fixture was written).
import type { PageCount } from "./count-pages.ts";

/** "person" | "not-person" | "duplicate-of:<page name>" */
export type PersonVerdict = "person" | "not-person" | `duplicate-of:${string}`;
/** "ok" | "junk" | "duplicate-of:<other tag>" */
export type TagVerdict = "ok" | "junk" | `duplicate-of:${string}`;

export interface Shares {
  people: number;
  tags: number;
  /** Person pages judged not a person, over all person pages. */
  notPerson: number;
  /** Person pages judged a duplicate of another person's page, over all person pages. */
  duplicatePeople: number;
  /** Tags judged junk, over all tags. */
  junkTags: number;
  /** Tags judged a duplicate of another tag, over all tags (reported, no target). */
  duplicateTags: number;
  /** Names (people and tags) with no verdict, over all names. */
  unjudged: number;
  unjudgedPeople: string[];
  unjudgedTags: string[];
}

/**
 * Scores the pages against the verdicts. A name with no verdict counts in the totals but in
 * no numerator, so the other shares are lower bounds until it is judged.
 * @example scoreVerdicts([{ name: "No", articles: 1, sources: ["a.txt"] }], [], { No: "not-person" }, {}).notPerson //=> 1
 */
export function scoreVerdicts(
  people: readonly PageCount[],
  tags: readonly PageCount[],
  personVerdicts: Readonly<Record<string, string>>,
  tagVerdicts: Readonly<Record<string, string>>,
): Shares {
  const verdictOf = (verdicts: Readonly<Record<string, string>>, name: string) =>
    Object.hasOwn(verdicts, name) ? verdicts[name] : undefined;
  const share = (count: number, total: number) => (total === 0 ? 0 : count / total);
  const peopleWith = (test: (verdict: string) => boolean) =>
    people.filter((page) => test(verdictOf(personVerdicts, page.name) ?? "")).length;
  const tagsWith = (test: (verdict: string) => boolean) =>
    tags.filter((page) => test(verdictOf(tagVerdicts, page.name) ?? "")).length;
  const unjudgedPeople = people
    .filter((page) => verdictOf(personVerdicts, page.name) === undefined)
    .map((page) => page.name);
  const unjudgedTags = tags
    .filter((page) => verdictOf(tagVerdicts, page.name) === undefined)
    .map((page) => page.name);
  return {
    people: people.length,
    tags: tags.length,
    notPerson: share(
      peopleWith((v) => v === "not-person"),
      people.length,
    ),
    duplicatePeople: share(
      peopleWith((v) => v.startsWith("duplicate-of:")),
      people.length,
    ),
    junkTags: share(
      tagsWith((v) => v === "junk"),
      tags.length,
    ),
    duplicateTags: share(
      tagsWith((v) => v.startsWith("duplicate-of:")),
      tags.length,
    ),
    unjudged: share(unjudgedPeople.length + unjudgedTags.length, people.length + tags.length),
    unjudgedPeople,
    unjudgedTags,
  };
}

/** Verdicts that are none of the allowed forms, as "name: verdict", for a fixture check. */
export function invalidVerdicts(
  verdicts: Readonly<Record<string, string>>,
  allowed: readonly string[],
): string[] {
  return Object.entries(verdicts)
    .filter(([, verdict]) => !allowed.includes(verdict) && !/^duplicate-of:\S/.test(verdict))
    .map(([name, verdict]) => `${name}: ${verdict}`);
}
