// The corpus-wide pass. (1) A person an article knows only by a lone surname ("Blair")
// takes the full name ("Tony Blair") when exactly one full name with that surname is
// known anywhere in the corpus; quote speakers follow. (2) Places, organisations and
// topics that differ only in spelling of case or diacritics ("Nato"/"NATO") all take
// the spelling most articles use. Pure: returns new objects, same order.
import type { ExtractedPerson, Extraction } from "./types.ts";
import { foldName } from "./fold-name.ts";

const SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/;

/** Folded surname of a full name, ignoring a generational suffix. */
export function surnameKey(name: string): string | undefined {
  const words = foldName(name).split(" ");
  if (words.length < 2) return undefined;
  const core = SUFFIX.test(words[words.length - 1]!) ? words.slice(0, -1) : words;
  return core.length >= 2 ? core[core.length - 1] : undefined;
}

export function resolveAcrossCorpus(extractions: readonly Extraction[]): Extraction[] {
  const fullNames = new Map<string, Set<string>>();
  for (const e of extractions)
    for (const p of e.people) {
      const key = surnameKey(p.name);
      if (key && !/^(lord|lady|baroness|baron) /i.test(p.name)) fullNames.set(key, (fullNames.get(key) ?? new Set()).add(p.name));
    }
  const spelling = preferredSpellings(extractions);
  return extractions.map((e) => {
    const renamed = new Map<string, string>();
    for (const p of e.people) {
      if (p.name.includes(" ")) continue;
      const candidates = fullNames.get(foldName(p.name));
      if (candidates?.size === 1) renamed.set(p.name, [...candidates][0]!);
    }
    const respell = (names: string[]) => dedupe(names.map((n) => spelling.get(foldName(n)) ?? n));
    return {
      ...e,
      people: mergePeople(e.people.map((p) => renamePerson(p, renamed.get(p.name)))),
      places: respell(e.places),
      organisations: respell(e.organisations),
      topics: respell(e.topics),
      quotes: e.quotes.map((q) => (q.speaker && renamed.has(q.speaker) ? { ...q, speaker: renamed.get(q.speaker)! } : { ...q })),
    };
  });
}

function renamePerson(p: ExtractedPerson, to: string | undefined): ExtractedPerson {
  if (!to) return { ...p, forms: [...p.forms] };
  return { ...p, name: to, forms: [...new Set([...p.forms, p.name])].filter((f) => f !== to).sort() };
}

/** Joins people who now share a name (an article with "Blair" and "Tony Blair" stays one person). */
export function mergePeople(people: readonly ExtractedPerson[]): ExtractedPerson[] {
  const byName = new Map<string, ExtractedPerson>();
  for (const p of people) {
    const seen = byName.get(p.name);
    if (!seen) byName.set(p.name, { ...p, forms: [...p.forms] });
    else byName.set(p.name, { ...seen, ...(seen.role ?? p.role ? { role: seen.role ?? p.role } : {}), forms: [...new Set([...seen.forms, ...p.forms])].sort() });
  }
  return [...byName.values()];
}

/** For each folded name, the spelling used by most articles (ties: alphabetical). */
function preferredSpellings(extractions: readonly Extraction[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const e of extractions)
    for (const name of [...e.places, ...e.organisations, ...e.topics]) {
      const key = foldName(name);
      const forKey = votes.get(key) ?? new Map<string, number>();
      forKey.set(name, (forKey.get(name) ?? 0) + 1);
      votes.set(key, forKey);
    }
  const preferred = new Map<string, string>();
  for (const [key, counts] of votes) {
    const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    preferred.set(key, best[0]);
  }
  return preferred;
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(n) && Boolean(seen.add(n)));
}
