// Words that make a capitalised run an organisation rather than a person or place
// ("George Washington University", "Bank of England", "Chelsea FC"), acronyms that are
// not organisations, and the common aliases of political parties. Lower-case keys.

/** Any of these inside a run makes it an organisation. */
export const ORGANISATION_WORDS = new Set([
  "university", "college", "school", "academy", "institute", "institution", "party", "ministry",
  "department", "office", "agency", "commission", "committee", "council", "parliament",
  "assembly", "senate", "congress", "court", "tribunal", "board", "authority", "bureau",
  "administration", "government", "cabinet", "bank", "fund", "trust", "foundation", "society",
  "association", "federation", "union", "confederation", "alliance", "coalition",
  "organisation", "organization", "corporation", "corp", "inc", "ltd", "plc", "llc", "llp",
  "co", "company", "group", "holdings", "industries", "industry", "partners", "capital",
  "ventures", "systems", "technologies", "technology", "software", "networks", "network",
  "communications", "telecom", "telecommunications", "airlines", "airline", "airways", "motors",
  "motor", "pharmaceuticals", "labs", "laboratories", "studios", "pictures", "records",
  "entertainment", "media", "broadcasting", "news", "times", "post", "journal", "gazette",
  "herald", "telegraph", "guardian", "tribune", "magazine", "press", "exchange", "reserve",
  "police", "army", "navy", "force", "forces", "guard", "command", "service", "services",
  "hospital", "clinic", "church", "fc", "afc", "rfc", "cf", "club", "united", "rovers",
  "wanderers", "athletic", "albion", "hotspur", "rangers", "celtic", "brigade", "movement",
  "front", "institute", "centre", "center", "council", "agency", "house", "railways", "railway",
  "energy", "oil", "petroleum", "gas", "electric", "electronics", "computers", "airport",
  "stores", "supermarkets", "brewery", "brewing", "group's", "bancorp", "insurance", "securities",
  "investments", "management", "consulting", "commons", "lords", "nations", "cooperation",
  "programme", "program", "unit", "tobacco", "foods", "partnerships", "circle", "theatre", "library", "museum", "gallery", "embassy", "consulate",
  "chamber", "commerce", "guild", "syndicate", "consortium", "cartel", "brothers", "bros", "bros.", "associates", "advisers",
  "advisors", "consultants", "consultancy", "economics", "analytics", "research", "observatory", "secretariat", "directorate",
  "inspectorate", "chiefs", "ombudsman", "regiment", "battalion", "corps", "brigades", "militia", "taskforce",
]);

/** Words that only make an organisation at the end of a run ("Manchester City"). */
export const ORGANISATION_TAIL_WORDS = new Set([
  "city", "county", "town", "villa", "athletic", "forest", "echo", "mirror", "chronicle", "courier", "observer", "examiner",
  "express", "mail", "standard", "inquirer", "sentinel", "dispatch", "bulletin", "argus", "daily", "weekly", "monthly",
]);

/** Legislatures and departments named by one word ("in Parliament", "the Treasury said") → display name. */
export const SINGLE_WORD_INSTITUTIONS: Record<string, string> = {
  parliament: "Parliament", congress: "Congress", senate: "Senate", treasury: "Treasury", knesset: "Knesset",
  duma: "Duma", bundestag: "Bundestag", commons: "House of Commons", lords: "House of Lords",
};
/** Sports named before a country make its governing body ("Athletics Ireland", "Cricket Australia"). */
export const SPORT_BODY_HEADS = new Set(["athletics", "cricket", "swimming", "rugby", "tennis", "hockey", "cycling", "rowing", "golf", "netball", "boxing", "gymnastics", "sailing", "triathlon", "basketball", "volleyball", "football", "skiing", "badminton", "squash", "judo"]);

/** Words that end the name of an event, award or competition: no organisation, no person ("Norwich Union Grand Prix"). */
export const EVENT_TAIL_WORDS = new Set([
  "award", "awards", "prize", "prizes", "prix", "cup", "trophy", "championship", "championships", "games", "olympics",
  "festival", "open", "marathon", "tournament", "classic", "summit", "conference", "ceremony", "election", "elections",
]);

/**
 * Political, militant and intergovernmental bodies that wire copy names bare, with no
 * cue around them, and that compromise's lexicon lacks. World knowledge, not a list of
 * any test article's names.
 */
/** Industry metonyms: neither places nor organisations ("Hollywood studios", "Wall Street banks"). */
export const METONYMS = new Set(["hollywood", "bollywood", "wall street", "fleet street", "silicon valley", "madison avenue", "main street", "westminster"]);

export const KNOWN_BODIES = new Set([
  "hamas", "hezbollah", "hizbollah", "taliban", "isis", "isil", "al-qaeda", "al-qaida", "al qaeda", "houthis",
  "wagner", "reuters", "afp", "bloomberg", "xinhua", "interfax", "tass", "yonhap", "kyodo", "interpol", "europol", "frontex", "unicef", "unesco", "unrwa", "opec", "asean", "mercosur", "nato",
]);

/** All-capital words that are not organisations (nor places). */
export const NON_ORGANISATION_ACRONYMS = new Set([
  "tv", "ceo", "cfo", "coo", "cto", "mp", "mps", "mep", "meps", "gdp", "gnp", "pc", "pcs", "dvd",
  "dvds", "cd", "cds", "am", "pm", "gmt", "bst", "est", "pst", "dna", "hiv", "aids", "it", "ok",
  "vat", "id", "pr", "ipo", "phd", "mba", "qc", "kc", "obe", "mbe", "cbe", "agm", "isp", "isps",
  "ufo", "lcd", "cpu", "gps", "sms", "mp3", "usb", "ai", "vr", "ar", "ps", "uk's", "us's",
  "i", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "a", "ad", "bc", "ft", "st", "rd",
  "jr", "sr", "hq", "faq", "www", "html", "pdf", "lol", "vs", "v", "ceos", "tvs", "rip", "diy",
  "nb", "ps2", "ps3", "dj", "djs", "mc", "rnb", "r&b", "hd", "hdtv", "wifi", "3g", "4g", "5g",
  "gb", "mb", "kb", "tb", "ghz", "mhz", "mph", "kph", "km", "cm", "mm", "kg", "lb", "lbs",
  "usd", "eur", "gbp", "jpy", "covid", "sars", "mrsa", "bse", "asbo", "asbos", "gcse", "gcses",
  "ftse", "dax", "cac", "uv", "ngo", "ngos", "sme", "smes", "atm", "atms", "suv", "suvs", "ipos", "gm", "lgbt", "lgbtq",
]);

/** Party names as written in news copy → canonical organisation names. */
export const PARTY_ALIASES: Record<string, string> = {
  labour: "Labour Party", "labour party": "Labour Party", "new labour": "Labour Party",
  tory: "Conservative Party", tories: "Conservative Party", conservatives: "Conservative Party",
  conservative: "Conservative Party", "conservative party": "Conservative Party", "lib dem": "Liberal Democrats",
  "lib dems": "Liberal Democrats", "liberal democrats": "Liberal Democrats",
  "liberal democrat": "Liberal Democrats", ukip: "UK Independence Party",
  "uk independence party": "UK Independence Party", snp: "Scottish National Party",
  "scottish national party": "Scottish National Party", "plaid cymru": "Plaid Cymru",
  democrats: "Democratic Party", democrat: "Democratic Party", republican: "Republican Party", "democratic party": "Democratic Party",
  republicans: "Republican Party", "republican party": "Republican Party", gop: "Republican Party",
  "green party": "Green Party", greens: "Green Party", "sinn fein": "Sinn Féin",
  "sinn féin": "Sinn Féin", dup: "Democratic Unionist Party", "bnp": "British National Party",
};
