// Parks, valleys, rivers and lakes named in news copy ("Stanley Park", "Huaral Valley",
// "River Senne"): places by the labelling rules even when no gazetteer lists them. A
// two-word "<first name> Park" reads as a place only after "in/at/near" ("Nick Park"
// is a film-maker; "in Stanley Park" is a park). Pure.
import { foldName } from "./fold-name.ts";
import { loadLexicon } from "./load-lexicon.ts";

const TAILS = new Set(["park", "valley", "river", "lake", "mountains", "hills", "canyon", "desert", "island", "islands", "peninsula", "strait", "forest"]);
const HEADS = new Set(["river", "lake", "mount", "mt.", "isle", "gulf"]);

/** The place's display name, or undefined. */
export function readNamedPlace(words: readonly string[], locative: boolean): string | undefined {
  if (words.length < 2 || words.length > 4) return undefined;
  const head = words[0]!.toLowerCase();
  const tail = words[words.length - 1]!.toLowerCase();
  if (!HEADS.has(head) && !TAILS.has(tail)) return undefined;
  if (tail === "forest" && !locative) return undefined; // "Nottingham Forest" is a club
  const lex = loadLexicon();
  const firstIsName = lex.firstNames.has(foldName(words[0]!));
  if (firstIsName && !locative) return undefined;
  if (HEADS.has(head) && firstIsName && words.length === 2) return undefined;
  return words.join(" ");
}
