// Names the rules found that cannot be a person's, whatever the words around them say:
// a lone ordinary English word the lexicon knows ("Tuesday"), a place ("States" of "President of the United States"),
// the title of a Wikipedia article that is no person ("Politico", "Ebola", "Barclays"), and a
// word with a capital inside that no surname prefix explains ("BuzzFeed", "FiveThirtyEight").
// Known first names and surnames are always allowed: "Warren", "Graham" and "Page" are people.
import { canonicalPlace } from "./canonical-places.ts";
import { isEnglishWord, isProperNoun } from "./knowledge/english-words.ts";
import { PARTY_ALIASES } from "./organisation-words.ts";
import { isStateAbbreviation } from "./party-labels.ts";
import { foldName } from "./fold-name.ts";
import { famousBearerOf, isKnownWork } from "./knowledge/famous-people.ts";
import { isWikipediaTitle, wikipediaTitles } from "./knowledge/wikipedia-titles.ts";
import { loadLexicon } from "./load-lexicon.ts";

/** Prefixes that carry a capital inside a surname: McConnell, MacArthur, DeSantis, LaBolt, DiCaprio, VanDyke, O'Brien. */
const INNER_CAPITAL_PREFIXES = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|St)\p{Lu}|^O['’]\p{Lu}/u;
const TRAILING_NON_NAMES =
  /^(?:Photographer|Photo|Democrat|Democrats|Republican|Republicans|Live|List|Videos?|Show|News|Report|Staff|Writer|Reporter|Correspondent|Contributor|Editor|Plan|Doctrine|Lecture|Theater|Theatre|Award|Awards|Prize|Trophy|Memorial|Stakes|Street|Avenue|Ave\.|Drive|Road|Boulevard|Blvd\.|Parkway|Highway|Beach|Ranch|Springs|Heights|Harbor|Harbour|Valley|County|Township|Canyon|Island|Officer|Counties|People|Edition|Mass|Ministries|Utd|United|Rovers|Wanderers|Athletic|Albion|Hotspur)$/u;
/** "Hurricane Irma", "Tropical Storm Harvey", "Typhoon Haiyan": a storm's name. */
const STORM_WORDS = /^(?:Hurricane|Typhoon|Cyclone|Storm|Tropical|Superstorm)$/u;
/** "West Plattsburgh", "North Dakota": a compass word opens a place's name, never a person's. */
const COMPASS_WORDS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower)$/u;
const hasStrayCapital = (w: string) =>
  /\p{Ll}{2,}\p{Lu}/u.test(w) && !INNER_CAPITAL_PREFIXES.test(w);

const EVENT_AFTER = ["shooting", "attack", "attacks", "massacre", "bombing", "bombings"];

/**
 * True when `words` (a person's name as the rules read it) cannot name a person. `namedAsPerson`:
 * the article gives the name a title or a person's descriptor ("Sen.", "author").
 * @example isNotAPersonName(["Politico"]) //=> true
 * @example isNotAPersonName(["Warren"]) //=> false
 */
export function isNotAPersonName(words: readonly string[], namedAsPerson = false): boolean {
  if (words.some(hasStrayCapital)) return true;
  // "CNNMoney", "MSNBCtv": an acronym glued to a word is a brand.
  if (words.some((w) => /^\p{Lu}{3,}\p{Ll}/u.test(w))) return true;
  // "Charlie Hebdo", whose encyclopaedia has "Charlie Hebdo shooting": the name of a place or
  // a publication an attack is named after, not a person's (those are "Shooting of …").
  if (words.length >= 2 && EVENT_AFTER.some((e) => isWikipediaTitle(`${words.join(" ")} ${e}`)))
    return true;
  // "George W.", "U. S", "W. Va": a name cut off at an initial, or an abbreviation read as initials.
  if (words.length >= 2 && /^\p{Lu}\.?$/u.test(words.at(-1)!)) return true;
  // "(W.Va.)", "N. H.": a state's abbreviation read as an initial and a surname.
  if (words.length === 2 && isStateAbbreviation(words.join("").replace(/\.?$/, "."))) return true;
  // "Donald Trump Photographer", "West Virginia Democrat", "Jimmy Kimmel Live": a name run on into a word no name ends with.
  if (words.length >= 2 && TRAILING_NON_NAMES.test(words.at(-1)!)) return true;
  if (words.length >= 2 && STORM_WORDS.test(words[0]!)) return true;
  if (words.length >= 2 && !namedAsPerson && COMPASS_WORDS.test(words[0]!)) return true;
  // "Matt Lucas & David Walliams", "Marks & Spencer": a pair or a firm, never one person.
  if (words.includes("&")) return true;
  // "Harry Potter", "James Bond": the encyclopaedia knows the name as a work or a fictional world,
  // even in a list of people ("Shrek, Spider-Man, Harry Potter and …").
  if (words.length >= 2 && isKnownWork(words.join(" "))) return true;
  // "Republican Agenda", "American Dream": a party's or a people's adjective before an ordinary
  // noun the dictionary has only in lower case.
  if (
    words.length === 2 &&
    (PARTY_ALIASES[foldName(words[0]!)] !== undefined ||
      loadLexicon().demonyms.has(foldName(words[0]!))) &&
    isEnglishWord(words[1]!) &&
    !isProperNoun(words[1]!)
  )
    return true;
  // "the Sri Lankan government", "a South African team": a country's adjective, not a name.
  if (words.length >= 2) {
    const joined = words.join(" ");
    if (
      /n$/u.test(joined) &&
      (canonicalPlace(joined.slice(0, -1)) || canonicalPlace(`${joined.slice(0, -2)}o`))
    )
      return true;
  }
  // "STORY: Will Russia lobby Congress?": a word that is also an ordinary one ("will", "may")
  // before a country is a sentence, not a first name and a surname.
  if (
    words.length === 2 &&
    !namedAsPerson &&
    isEnglishWord(words[0]!.toLowerCase()) &&
    loadLexicon().countries.has(foldName(words[1]!))
  )
    return true;
  if (words.length !== 1) return false;
  // "candidate X", "Mr. A": a letter stands for someone the story does not name.
  if (/^\p{Lu}\.?$/u.test(words[0]!)) return true;
  // "AFL-CIO", "NAACP": an acronym is a body, never a person.
  if (/^\p{Lu}{2,}(?:-\p{Lu}+)*$/u.test(words[0]!) && words[0]!.length >= 3) return true;
  const word = words[0]!;
  const key = foldName(word);
  const lex = loadLexicon();
  if (lex.firstNames.has(key) || lex.lastNames.has(key) || lex.famousPeople.has(key)) return false;
  if (canonicalPlace(word) || lex.places.has(key) || key === "states") return true;
  // "Obamacare", "Trumpcare": a famous surname with an ordinary word glued on names a policy.
  for (let cut = 4; cut <= key.length - 3; cut++)
    if (isEnglishWord(key.slice(cut)) && famousBearerOf(key.slice(0, cut)) !== undefined)
      return true;
  const singular = key.replace(/ies$/, "y").replace(/(?<=[^s])s$/, "");
  if (lex.commonWords.has(key) || lex.commonWords.has(singular)) return true;
  // "Hispanics would rather be called Latinos": a people, not a person.
  if (key !== singular && lex.demonyms.has(singular)) return true;
  // "Tobacco and Firearms, John D’Angelo, told reporters", "turn to Windows said …": a plural the
  // dictionary has only in lower case is things (a surname like "Sanders" is a listed name above).
  if (/[^s]s$/.test(key) && isEnglishWord(key) && !isProperNoun(word)) return true;
  // "authors like Cicero and Tacitus": a title or a descriptor outweighs an encyclopaedia article of that name.
  return !namedAsPerson && wikipediaTitles().has(key);
}
