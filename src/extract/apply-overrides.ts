// Applies the editor's overrides to one article's extraction: drops names marked "not
// a person", tells namesakes apart (by the article's tags or its source path), merges
// aliases into canonical names, sets roles and bios, and renames, merges or bans tags.
// Quote speakers follow every rename; a dropped person's quotes become unattributed.
import type { ExtractedPerson, Extraction } from "./types.ts";
import { foldName } from "./fold-name.ts";
import type { NamesakeRule, Overrides } from "./parse-overrides.ts";
import { mergePeople } from "./resolve-across-corpus.ts";

export interface OverrideContext {
  /** The seed's path relative to the seeds folder (front matter `source`, e.g. "raf/123.txt"), for namesake rules. */
  source?: string;
}

export function applyOverrides(
  extraction: Extraction,
  overrides: Overrides,
  context: OverrideContext = {},
): Extraction {
  const tags = renameTags(extraction, overrides);
  const articleTags = new Set(
    [
      ...tags.places,
      ...tags.organisations,
      ...tags.topics,
      ...extraction.people.map((p) => p.name),
    ].map(foldName),
  );
  const renamed = new Map<string, string | null>();
  const people: ExtractedPerson[] = [];
  for (const person of extraction.people) {
    const forms = [person.name, ...person.forms].map(foldName);
    if (forms.some((f) => overrides.notPeople.has(f))) {
      renamed.set(person.name, null);
      continue;
    }
    const namesake = chooseNamesake(
      overrides.namesakes.get(foldName(person.name)),
      articleTags,
      context.source,
    );
    const canonical = namesake ?? overrides.personAlias.get(foldName(person.name)) ?? person.name;
    const details = overrides.people[canonical];
    const forms2 = canonical === person.name ? person.forms : [...person.forms, person.name];
    people.push({
      ...person,
      name: canonical,
      forms: [...new Set(forms2)].filter((f) => f !== canonical).sort(),
      ...(details?.role ? { role: details.role } : {}),
      ...(details?.bio ? { bio: details.bio } : {}),
    });
    if (canonical !== person.name) renamed.set(person.name, canonical);
  }
  const quotes = extraction.quotes.map((q) => {
    if (!q.speaker || !renamed.has(q.speaker)) return { ...q };
    const to = renamed.get(q.speaker);
    return to ? { ...q, speaker: to } : { text: q.text };
  });
  return { ...extraction, ...tags, people: mergePeople(people), quotes };
}

function chooseNamesake(
  rules: NamesakeRule[] | undefined,
  articleTags: Set<string>,
  source: string | undefined,
): string | undefined {
  if (!rules) return undefined;
  const hit = rules.find(
    (r) =>
      (source !== undefined && r.sources.includes(source)) ||
      r.tags.some((t) => articleTags.has(foldName(t))),
  );
  return (hit ?? rules.find((r) => r.default))?.name;
}

function renameTags(
  e: Extraction,
  o: Overrides,
): Pick<Extraction, "places" | "organisations" | "topics"> {
  const fix = (names: string[]) => {
    const out: string[] = [];
    for (const n of names) {
      const to = o.tagAlias.get(foldName(n)) ?? n;
      if (o.bannedTags.has(foldName(to)) || o.bannedTags.has(foldName(n)) || out.includes(to))
        continue;
      out.push(to);
    }
    return out;
  };
  return { places: fix(e.places), organisations: fix(e.organisations), topics: fix(e.topics) };
}
