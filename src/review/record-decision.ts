// Writes one editor's decision into the YAML documents of content/_data/people.yaml or
// tags.yaml, through the `yaml` package's Document API so the editor's own entries, order and
// comments stay as they were. Each decision lands in the key ingest already understands:
//
//   decision          people.yaml                          tags.yaml
//   accept            accepted: [name]                     accepted: [name]
//   reject            not_people: [name]                   ban: [name]
//   merge into X      people: { X: { aliases: [name] } }   merge: { X: [name] }
//   rename to X       people: { X: { aliases: [name] } }   rename: { name: X }
import { isMap, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq, type Document } from "yaml";
import { nameSlug } from "../urls.ts";
import type { EntityKind } from "./review-items.ts";

export type Decision =
  | { kind: EntityKind; name: string; action: "accept" | "reject" }
  | { kind: EntityKind; name: string; action: "merge" | "rename"; target: string };

/** Applies `decision` to `doc` (people.yaml for a person, tags.yaml for a tag), in place. */
export function recordDecision(doc: Document, decision: Decision): void {
  if (!isMap(doc.contents)) doc.contents = new YAMLMap() as typeof doc.contents;
  const root = doc.contents as unknown as YAMLMap;
  const { kind, name } = decision;
  switch (decision.action) {
    case "accept":
      return addToList(root, "accepted", name);
    case "reject":
      return addToList(root, kind === "person" ? "not_people" : "ban", name);
    case "merge":
    case "rename": {
      if (kind === "person") {
        const people = mapAt(root, "people");
        let entry = findPair(people, decision.target);
        if (!entry) people.items.push((entry = new Pair(quoted(decision.target), null)));
        if (!isMap(entry.value)) entry.value = new YAMLMap();
        return addToList(entry.value as YAMLMap, "aliases", name);
      }
      if (decision.action === "merge")
        return addToList(mapAt(root, "merge"), quoted(decision.target), name);
      const renames = mapAt(root, "rename");
      const existing = findPair(renames, name);
      if (existing) existing.value = quoted(decision.target);
      else renames.items.push(new Pair(quoted(name), quoted(decision.target)));
    }
  }
}

/** Names are written in double quotes, as the example files are. */
function quoted(value: string): Scalar {
  const scalar = new Scalar(value);
  scalar.type = "QUOTE_DOUBLE";
  return scalar;
}

/** The pair whose key names the same page as `name` (case, accents and punctuation aside). */
function findPair(map: YAMLMap, name: string): Pair | undefined {
  const slug = nameSlug(name);
  return map.items.find(
    (pair) => isScalar(pair.key) && nameSlug(String(pair.key.value)) === slug,
  ) as Pair | undefined;
}

function mapAt(parent: YAMLMap, key: string): YAMLMap {
  let pair = findPair(parent, key);
  if (!pair) parent.items.push((pair = new Pair(new Scalar(key), new YAMLMap())));
  if (!isMap(pair.value)) pair.value = new YAMLMap();
  return pair.value as YAMLMap;
}

/** Adds `name` to the list under `key` (a short flow list when new), unless it is there already. */
function addToList(parent: YAMLMap, key: string | Scalar, name: string): void {
  let pair = findPair(parent, String(isScalar(key) ? key.value : key));
  if (!pair) parent.items.push((pair = new Pair(isScalar(key) ? key : new Scalar(key), null)));
  if (!isSeq(pair.value)) {
    const list = new YAMLSeq();
    list.flow = true;
    pair.value = list;
  }
  const list = pair.value as YAMLSeq;
  if (list.items.some((item) => isScalar(item) && nameSlug(String(item.value)) === nameSlug(name)))
    return;
  list.items.push(quoted(name));
}
