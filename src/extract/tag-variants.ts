// Finds the tags of one list that name the same thing twice: an abbreviation beside its full
// name ("UN" / "United Nations", "PCS Union" / "Public and Commercial Services Union", "Group of
// Eight" / "G8") and a short form beside the full name of the club or firm ("Exeter" / "Exeter
// City", "Sport Club Corinthians" / "Corinthians"), or a firm's division beside the firm ("EMI
// Music" / "EMI"). Issue #11: 3% of the tags of copy the extractor was not tuned on were such
// pairs. Pure: names in, a map from each variant to the name it joins.
import { foldName } from "./fold-name.ts";
import { canonicalPlace } from "./canonical-places.ts";
import { loadLexicon } from "./load-lexicon.ts";
import { isTitle } from "./run-words.ts";

const SKIPPED = new Set(["of", "the", "and", "for", "de", "&", "on", "in"]);
const NUMBERS: Record<string, string> = {
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
  twenty: "20",
};
/**
 * Words after a firm's name that only name a part or the trimmings of it: "EMI Music" is EMI,
 * "Fox TV" is Fox, "Lenovo Group" is Lenovo, "Manchester City Football Club" is Manchester City.
 */
const DIVISION_WORDS = new Set([
  "music",
  "tv",
  "television",
  "radio",
  "news",
  "online",
  "group",
  "football",
  "club",
]);
/** A town's name is its football club's short name: "Exeter" is Exeter City in a match report. */
const CLUB_TAILS = new Set([
  "united",
  "city",
  "rovers",
  "athletic",
  "wanderers",
  "albion",
  "county",
  "town",
  "rangers",
  "hotspur",
  "villa",
  "argyle",
  "orient",
  "fc",
]);

/**
 * The letters a name abbreviates to, acronyms and numbers kept whole.
 * @example initialsOf("Public and Commercial Services Union") //=> "pcsu"
 * @example initialsOf("PCS Union") //=> "pcsu"
 * @example initialsOf("Group of Eight") //=> "g8"
 */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !SKIPPED.has(w.toLowerCase()))
    .map((w) => {
      const number = NUMBERS[w.toLowerCase()];
      if (number) return number;
      if (/^(?:\p{Lu}\.?){2,}$/u.test(w) || /^\p{Lu}+\d+$/u.test(w)) return w.replace(/\./g, "");
      return w[0]!;
    })
    .join("")
    .toLowerCase();
}

/** Short names: one word or an acronym with digits ("EU", "G8", "PCS Union"). */
const isAbbreviated = (name: string) => /\b(?:\p{Lu}\.?){2,}|\b\p{Lu}+\d/u.test(name);

/** What `tagVariants` may assume about the names it is given. */
export interface VariantOptions {
  /** The names read as places: a place joins only its football club, a country nothing. */
  places?: ReadonlySet<string>;
  /** In how many articles each name is a tag: an abbreviation with several full names takes the commonest. */
  articles?: ReadonlyMap<string, number>;
  /**
   * Across a whole corpus a short form ("Microsoft") has many unrelated longer names: then it
   * joins only a club or firm's full name ("Exeter City", "Carnival Corporation").
   */
  corpus?: boolean;
}

/** A firm's full name is its short name and one of these: "Carnival Corporation". */
const FIRM_TAILS = new Set(["corporation", "corp", "inc", "plc", "records", "holdings"]);

/**
 * For each name of `names` that names the same thing as another name of the list, the name it
 * joins. An abbreviation joins the full name with its initials (a number form like "G8" is
 * the common one and is kept); a short form joins the longer name that begins with it (else
 * the one that ends with it), unless the longer one only adds a division or a region ("EMI
 * Music", "MTV Asia" join "EMI", "MTV"). Ambiguous cases join nothing.
 * @example tagVariants(["UN", "United Nations"]) //=> Map { "UN" => "United Nations" }
 */
export function tagVariants(
  names: readonly string[],
  options: VariantOptions = {},
): Map<string, string> {
  const places = options.places ?? new Set<string>();
  const articles = (name: string) => options.articles?.get(name) ?? 0;
  const into = new Map<string, string>();
  const unique = [...new Set(names)];
  const byInitials = new Map<string, string[]>();
  for (const name of unique) {
    const key = initialsOf(name);
    if (key.length >= 2) byInitials.set(key, [...(byInitials.get(key) ?? []), name]);
  }
  for (const group of byInitials.values()) {
    // "Group of Eight" and "G8": the digits are the name the world uses.
    const numbered = group.filter((n) => /\d/.test(n));
    const abbreviated = group.filter((n) => !/\d/.test(n) && isAbbreviated(n));
    const full = group
      .filter((n) => !isAbbreviated(n) && n.includes(" "))
      .sort((a, b) => articles(b) - articles(a));
    if (numbered.length === 1) {
      for (const n of group) if (n !== numbered[0]) into.set(n, numbered[0]!);
      continue;
    }
    const commonest =
      full.length === 1 || (full.length > 1 && articles(full[0]!) > articles(full[1]!))
        ? full[0]
        : undefined;
    if (commonest) for (const n of abbreviated) into.set(n, commonest);
  }
  const countries = loadLexicon().countries;
  // Longer names by each of their leading and trailing word sequences ("exeter" → "Exeter
  // City"), so that a corpus of thousands of names is not scanned once per name.
  const byStart = new Map<string, string[]>();
  const byEnd = new Map<string, string[]>();
  for (const name of unique) {
    const words = foldName(name).split(" ");
    for (let n = 1; n < words.length; n++) {
      const head = words.slice(0, n).join(" ");
      const tail = words.slice(n).join(" ");
      byStart
        .set(head, byStart.get(head) ?? [])
        .get(head)!
        .push(name);
      byEnd
        .set(tail, byEnd.get(tail) ?? [])
        .get(tail)!
        .push(name);
    }
  }
  for (const short of unique) {
    if (into.has(short) || countries.has(foldName(short))) continue;
    const key = foldName(short);
    const extraOf = (full: string) => foldName(full).slice(key.length).trim().split(" ");
    const hasTail = (full: string, tails: ReadonlySet<string>) =>
      extraOf(full).length === 1 && tails.has(extraOf(full)[0]!);
    const starting = (byStart.get(key) ?? []).filter(
      (n) =>
        !options.corpus ||
        hasTail(n, FIRM_TAILS) ||
        hasTail(n, CLUB_TAILS) ||
        extraOf(n).every((w) => DIVISION_WORDS.has(w)),
    );
    const ending = options.corpus ? [] : (byEnd.get(key) ?? []);
    const longer = starting.length > 0 ? starting : ending;
    if (longer.length !== 1) continue;
    const full = longer[0]!;
    const extraWords = full.split(" ").filter((w) => !short.split(" ").includes(w));
    const extra = extraWords.map(foldName);
    const oneTail = (tails: ReadonlySet<string>) => extra.length === 1 && tails.has(extra[0]!);
    // "Conservative Party Co-Chairman" is a role run on, not a longer name of the party.
    if (extraWords.some((w) => isTitle(w.replace(/^(?:co|vice|deputy)-/i, "")))) continue;
    // "MTV Asia" is MTV's branch; "Newcastle Evening Chronicle" is the paper's full name.
    const isRegion =
      foldName(full).startsWith(key) && Boolean(canonicalPlace(extraWords.join(" ")));
    if (!places.has(short) && (isRegion || extra.every((w) => DIVISION_WORDS.has(w))))
      into.set(full, short);
    else if (!places.has(short) || oneTail(CLUB_TAILS)) into.set(short, full);
  }
  // A chain ("A" → "B" → "C") ends at its last name.
  for (const [from, to] of into) {
    let end = to;
    for (let i = 0; i < 5 && into.has(end) && into.get(end) !== from; i++) end = into.get(end)!;
    into.set(from, end);
  }
  return into;
}
