// The gender a first name usually carries, from compromise's lexicon of male and female first
// names: enough to tell that "she said" cannot mean "Scooter Libby" when Judith Miller was named
// before him. Names the lexicon files as both, or neither, have no gender. Pure after first load.
import { compromiseLexicon } from "./compromise-lexicon.ts";
import { foldName } from "./fold-name.ts";

let names: { male: Set<string>; female: Set<string> } | undefined;

function load(): { male: Set<string>; female: Set<string> } {
  const lexicon = compromiseLexicon();
  const male = new Set<string>();
  const female = new Set<string>();
  for (const [word, tagOrTags] of Object.entries(lexicon)) {
    const tags = Array.isArray(tagOrTags) ? tagOrTags : [tagOrTags];
    if (tags.includes("MaleName")) male.add(foldName(word));
    if (tags.includes("FemaleName")) female.add(foldName(word));
  }
  return { male, female };
}

/**
 * "male", "female" or undefined, from the first word of a person's name.
 * @example genderOf("Judith Miller") //=> "female"
 * @example genderOf("Scooter Libby") //=> undefined
 */
export function genderOf(name: string): "male" | "female" | undefined {
  names ??= load();
  const first = foldName(name.split(" ")[0] ?? "");
  const male = names.male.has(first);
  const female = names.female.has(first);
  return male === female ? undefined : male ? "male" : "female";
}
