// The editor's decisions, as slugs, from content/_data/people.yaml and tags.yaml (already
// parsed and validated by parseOverrides). A name is *accepted* when the editor listed it
// under `accepted:`, wrote notes on it (`people:`) or made it the target of a rename or merge;
// it is *decided* when rejected (`not_people:`, `ban:`) or folded into another name
// (aliases, namesakes, `rename:` and `merge:` sources), so review does not ask again.
import { nameSlug } from "../urls.ts";
import type { EntityKind } from "./review-items.ts";

export interface Decisions {
  accepted: Record<EntityKind, Set<string>>;
  decided: Record<EntityKind, Set<string>>;
}

type Raw = Record<string, unknown> | null | undefined;

const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

export function readDecisions(peopleYaml: unknown, tagsYaml: unknown): Decisions {
  const people = record(peopleYaml as Raw);
  const tags = record(tagsYaml as Raw);
  const slugs = (names: Iterable<string>) => new Set([...names].map(nameSlug));

  const notes = record(people.people);
  const namesakes = record(people.namesakes);
  const acceptedPeople = [
    ...list(people.accepted),
    ...Object.keys(notes),
    ...Object.values(namesakes).flatMap((rules) =>
      Array.isArray(rules) ? rules.map((r) => String(record(r).name ?? "")) : [],
    ),
  ];
  const foldedPeople = [
    ...list(people.not_people),
    ...Object.values(notes).flatMap((details) => list(record(details).aliases)),
    ...Object.keys(namesakes),
  ];

  const rename = record(tags.rename);
  const merge = record(tags.merge);
  const acceptedTags = [
    ...list(tags.accepted),
    ...Object.values(rename).filter((v): v is string => typeof v === "string"),
    ...Object.keys(merge),
  ];
  const foldedTags = [
    ...list(tags.ban),
    ...Object.keys(rename),
    ...Object.values(merge).flatMap(list),
  ];

  return {
    accepted: { person: slugs(acceptedPeople.filter(Boolean)), tag: slugs(acceptedTags) },
    decided: { person: slugs(foldedPeople), tag: slugs(foldedTags) },
  };
}

export const NO_DECISIONS: Decisions = readDecisions(undefined, undefined);
