// Decides whether a capitalised run names a place and gives its canonical display name:
// "U.S.", "US", "USA" and "America" all become "United States"; "UK" and "Britain"
// become "United Kingdom". Countries, cities and regions come from compromise's lexicon,
// plus the regions and alias spellings news copy uses that it lacks.
import { foldName } from "./fold-name.ts";
import { loadLexicon } from "./load-lexicon.ts";

/** Folded spelling → canonical name. */
const PLACE_ALIASES: Record<string, string> = {
  us: "United States", "u.s.": "United States", usa: "United States", "u.s.a.": "United States",
  america: "United States", "united states": "United States", "united states of america": "United States",
  uk: "United Kingdom", "u.k.": "United Kingdom", britain: "United Kingdom", "great britain": "United Kingdom",
  "united kingdom": "United Kingdom", "washington, d.c.": "Washington", "washington d.c.": "Washington",
  "d.c.": "Washington", "washington dc": "Washington", uae: "United Arab Emirates", "u.a.e.": "United Arab Emirates",
  holland: "Netherlands", "the netherlands": "Netherlands", "ivory coast": "Côte d'Ivoire",
  burma: "Myanmar", "czech republic": "Czech Republic", czechia: "Czech Republic", kiev: "Kyiv",
  "new york city": "New York", nyc: "New York", "st petersburg": "St Petersburg", "st. petersburg": "St Petersburg",
  prc: "China", "people's republic of china": "China", "south korea": "South Korea", "north korea": "North Korea",
  "republic of ireland": "Ireland", eire: "Ireland", "hong kong": "Hong Kong",
};

/** Places news copy names that compromise's lexicon lacks (folded). */
const EXTRA_PLACES = [
  "europe", "asia", "africa", "north america", "south america", "latin america", "central america", "oceania",
  "antarctica", "middle east", "the middle east", "far east", "scandinavia", "balkans", "the balkans", "caribbean",
  "the caribbean", "siberia", "crimea", "donbas", "donbass", "gaza", "gaza strip", "west bank", "kashmir", "darfur",
  "kosovo", "chechnya", "tibet", "taiwan", "palestine", "england", "scotland", "wales", "northern ireland",
  "ulster", "cornwall", "yorkshire", "lancashire", "kent", "essex", "surrey", "merseyside", "midlands",
  "west midlands", "east anglia", "london", "brussels", "strasbourg", "geneva", "davos", "kyiv", "kharkiv", "odesa", "lviv", "zaporizhzhia",
  "pyongyang", "tehran", "kabul", "baghdad", "mosul", "aleppo", "damascus", "beirut", "jerusalem", "tel aviv",
  "riyadh", "doha", "dubai", "abu dhabi", "cairo", "nairobi", "lagos", "johannesburg", "cape town", "sydney",
  "melbourne", "beijing", "shanghai", "tokyo", "seoul", "mumbai", "delhi", "new delhi", "moscow",
  "pacific", "atlantic", "arctic", "mediterranean", "baltic", "black sea", "persian gulf", "gulf", "sahel",
  "horn of africa", "indo-pacific", "eurozone", "euro zone", "soviet union", "ussr", "dublin", "edinburgh",
  "cardiff", "belfast", "glasgow", "manchester", "birmingham", "leeds", "sheffield", "newcastle", "bristol",
  "oxford", "cambridge", "paris", "berlin", "madrid", "rome", "milan", "barcelona", "lisbon", "athens",
  "vienna", "warsaw", "prague", "budapest", "stockholm", "oslo", "copenhagen", "helsinki", "amsterdam",
  "california", "texas", "florida", "new york", "washington", "illinois", "ohio", "michigan", "pennsylvania",
  "virginia", "west virginia", "las vegas", "houston", "austin", "minneapolis", "st louis", "st. louis", "kansas city",
  "des moines", "mexico city", "the hague", "rafah", "khan younis", "donetsk", "luhansk", "kursk", "goma", "mar-a-lago",
];

/** Lexicon "places" that in news copy are usually ordinary words or institutions. */
const NOT_PLACES = new Set(["nice", "reading", "bath", "mobile", "split", "of", "gulf", "chad", "florence", "victoria", "charlotte", "regina"]);

/** Seats of power used for the institution ("the Kremlin said"): organisations, not places. */
export const INSTITUTION_PLACES: Record<string, string> = {
  kremlin: "Kremlin", "white house": "White House", "downing street": "Downing Street",
  whitehall: "Whitehall", pentagon: "Pentagon", "elysee": "Élysée Palace", "elysee palace": "Élysée Palace",
  "capitol hill": "Congress", "number 10": "Downing Street", "no 10": "Downing Street",
};

const extra = new Set(EXTRA_PLACES);

/** Canonical place name for a run of words, or undefined when it is not a known place. */
export function canonicalPlace(words: string): string | undefined {
  const key = foldName(words);
  const alias = PLACE_ALIASES[key];
  if (alias) return alias;
  const bare = key.replace(/^the /, "");
  if (INSTITUTION_PLACES[bare] || NOT_PLACES.has(bare)) return undefined;
  if (extra.has(bare)) return displayPlace(words);
  if (loadLexicon().places.has(bare)) return displayPlace(words);
  return undefined;
}

/** The article's own spelling, minus a leading "the", each word capitalised. */
function displayPlace(words: string): string {
  // A dateline's capitals ("WASHINGTON (AP) —") are not the place's spelling.
  if (/^[\p{Lu}\s.'-]{4,}$/u.test(words)) words = words.toLowerCase();
  return words.replace(/^the\s+/i, "").replace(/(^|\s)(\p{Ll})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase());
}
