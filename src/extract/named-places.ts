// Parks, valleys, rivers and lakes named in news copy ("Stanley Park", "Huaral Valley",
// "River Senne"): places by the labelling rules even when no gazetteer lists them. A
// two-word "<first name> Park" reads as a place only after "in/at/near" ("Nick Park"
// is a film-maker; "in Stanley Park" is a park). Pure.
import { canonicalPlace } from "./canonical-places.ts";
import { foldName } from "./fold-name.ts";
import { loadLexicon } from "./load-lexicon.ts";

const TAILS = new Set([
  "park",
  "valley",
  "river",
  "lake",
  "mountains",
  "hills",
  "canyon",
  "desert",
  "island",
  "islands",
  "peninsula",
  "strait",
  "forest",
]);
const NEEDS_LOCATIVE = new Set(["park", "forest", "island", "islands", "hills"]);
const HEADS = new Set(["river", "lake", "mount", "mt.", "isle", "gulf"]);

/** The place's display name, or undefined. */
export function readNamedPlace(words: readonly string[], locative: boolean): string | undefined {
  if (words.length < 2 || words.length > 4) return undefined;
  const head = words[0]!.toLowerCase();
  const tail = words[words.length - 1]!.toLowerCase();
  if (!HEADS.has(head) && !TAILS.has(tail)) return undefined;
  if (NEEDS_LOCATIVE.has(tail) && !locative) return undefined; // "Nottingham Forest" is a club, "Small Island" a novel
  const lex = loadLexicon();
  const firstIsName = lex.firstNames.has(foldName(words[0]!));
  if (firstIsName && !locative) return undefined;
  if (HEADS.has(head) && firstIsName && words.length === 2) return undefined;
  return words.join(" ");
}

/** "Russia-Ukraine" names two places, "Moscow-based" one; other hyphenated words are left to the classifier. */
export function readHyphenatedPlaces(
  words: string[],
): Array<{ kind: "place"; name: string }> | undefined {
  const rest = words[0]?.toLowerCase() === "the" ? words.slice(1) : words;
  if (rest.length !== 1 || !rest[0]!.includes("-")) return undefined;
  const parts = rest[0]!.split("-");
  const last = parts[parts.length - 1]!;
  if (
    parts.length >= 2 &&
    /^(based|born|bred|led|backed|owned|run|made|listed|registered)$/.test(last)
  ) {
    const place = canonicalPlace(parts.slice(0, -1).join(" "));
    return place ? [{ kind: "place", name: place }] : undefined;
  }
  const places = parts.map((p) => canonicalPlace(p));
  if (places.length < 2 || places.some((p) => p === undefined)) return undefined;
  return places.map((name) => ({ kind: "place", name: name! }));
}
