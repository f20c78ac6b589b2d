// An article's final tag list: its most salient places and organisations and its
// topics, deduplicated by folded spelling, at most ten. Extraction lists are already
// ordered by salience, so taking the head of each keeps the tags few and meaningful.
// Before that cut, names that cannot be tags go (junkTagShape; the name of a person of the
// article, "Arjen Robben") and two names of one thing become one (tagVariants): issue #11.
import type { Extraction } from "./types.ts";
import { canonicalPlace } from "./canonical-places.ts";
import { foldName } from "./fold-name.ts";
import { loadLexicon } from "./load-lexicon.ts";
import { junkTagShape } from "./tag-shape.ts";
import { tagVariants } from "./tag-variants.ts";

const MAX_PLACES = 5;
const MAX_ORGANISATIONS = 3;
const MAX_TOPICS = 2;
/** Places and organisations an article keeps, if it names that many, passing mentions or not. */
const MIN_ENTITIES = 2;

export function tagsOf(extraction: Extraction): string[] {
  const { fullNames, surnames } = personNames(extraction);
  const notTags = new Set(extraction.notTags ?? []);
  const usable = (name: string) =>
    !junkTagShape(name) && !fullNames.has(foldName(name)) && !notTags.has(name);
  const allPlaces = extraction.places.filter(usable);
  // A surname alone is a person only as an organisation: "Carlisle" the place stays a place.
  const allOrganisations = extraction.organisations.filter(
    (name) => usable(name) && !(surnames.has(foldName(name)) && !isKnownPlace(name)),
  );
  const variants = tagVariants([...allPlaces, ...allOrganisations], {
    places: new Set(allPlaces),
  });
  const joined = (names: string[]) => names.map((name) => variants.get(name) ?? name);
  // Names mentioned only in passing lose out: they only fill an article's first two tags.
  const passing = new Set(extraction.passing ?? []);
  const about = (name: string) => !passing.has(name);
  const entities = dedupe([
    ...joined(allPlaces.filter(about)).slice(0, MAX_PLACES),
    ...joined(allOrganisations.filter(about)).slice(0, MAX_ORGANISATIONS),
  ]);
  const fill = dedupe(joined([...allPlaces, ...allOrganisations].filter((n) => !about(n))));
  const filled = dedupe([...entities, ...fill]).slice(0, Math.max(entities.length, MIN_ENTITIES));
  return dedupe([...filled, ...extraction.topics.slice(0, MAX_TOPICS)]);
}

/** Names in order, each folded spelling once. */
function dedupe(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = foldName(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Folded full names of the article's people and their surnames: a place or organisation
 * spelled like one ("Gudjohnsen" beside "Eidur Gudjohnsen") is a person read twice. Only people
 * with a full name count, so that a club misread as a lone-word person keeps its tag.
 */
function personNames(extraction: Extraction): { fullNames: Set<string>; surnames: Set<string> } {
  const fullNames = new Set<string>();
  const surnames = new Set<string>();
  for (const person of extraction.people) {
    const words = person.name.split(" ");
    if (words.length < 2) continue;
    fullNames.add(foldName(person.name));
    surnames.add(foldName(words[words.length - 1]!));
  }
  return { fullNames, surnames };
}

const isKnownPlace = (name: string) =>
  loadLexicon().places.has(foldName(name)) || Boolean(canonicalPlace(name));
