// Words that mark a person without being part of their name: honorifics ("Mr", "Dr")
// and office titles ("President", "Secretary"). A capitalised run such as
// "Defense Secretary Pete Hegseth" is split into a role ("Defense Secretary") and a
// name ("Pete Hegseth") at the last of these words. Lower-case keys.

/** Courtesy titles: evidence of a person, dropped from the name, never a role. */
export const HONORIFICS = new Set([
  "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "madam", "madame", "mme", "mlle", "monsieur",
  "herr", "frau", "señor", "senor", "señora", "prof", "professor", "rev", "reverend", "fr", "father",
]);

/** Office and rank titles: evidence of a person and the head of a role. */
export const OFFICE_TITLES = new Set([
  "president", "vice-president", "minister", "secretary", "secretary-general", "chancellor",
  "premier", "senator", "sen", "representative", "rep", "congressman", "congresswoman",
  "governor", "gov", "mayor", "ambassador", "commissioner", "envoy", "adviser", "advisor",
  "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "director",
  "director-general", "ceo", "boss", "leader", "chief", "attorney", "judge", "justice",
  "king", "queen", "prince", "princess", "pope", "archbishop", "bishop", "cardinal", "rabbi",
  "imam", "ayatollah", "sheikh", "emir", "general", "gen", "lieutenant", "lt", "colonel", "col",
  "major", "captain", "capt", "sergeant", "sgt", "admiral", "commander", "marshal", "officer",
  "detective", "inspector", "constable", "superintendent", "coach", "manager", "striker",
  "midfielder", "defender", "goalkeeper", "keeper", "winger", "skipper", "economist", "analyst",
  "founder", "co-founder", "editor", "correspondent", "deputy", "speaker", "whip", "mp", "mep",
  "lawmaker", "prosecutor", "sheriff", "chief executive", "executive", "treasurer", "dean",
  "rector", "provost", "principal", "headteacher", "counsel", "solicitor-general", "baron",
  "baroness", "duke", "duchess", "earl", "countess", "viscount", "crown",
]);

/** Peerage titles that stand in for a first name ("Lord Goldsmith"): kept in the name. */
export const PEERAGE_TITLES = new Set(["lord", "lady", "baroness", "baron"]);

/** Words that may sit inside a role between titles ("Secretary of State for Health"). */
export const ROLE_MODIFIERS = new Set([
  "prime", "foreign", "home", "defense", "defence", "state", "national", "security", "interior",
  "justice", "health", "education", "finance", "treasury", "trade", "industry", "commerce",
  "energy", "environment", "transport", "labor", "work", "works", "pensions", "culture",
  "media", "sport", "affairs", "international", "development", "shadow", "former", "acting",
  "interim", "deputy", "vice", "assistant", "senior", "junior", "general", "executive",
  "chief", "first", "lord", "high", "supreme", "federal", "district", "circuit", "house",
  "senate", "majority", "minority", "opposition", "party", "the", "of", "for", "and", "to",
  "economic", "economy", "agriculture", "veterans", "homeland", "immigration", "economics",
  "technology", "science", "policy", "communications", "operating", "financial", "managing",
  "exchequer", "constitutional", "northern", "scottish", "welsh", "european", "digital", "legal",
]);

/** A role reads better without some leading words. */
export const ROLE_DROP_LEADING = new Set(["the", "a", "an", "former", "then"]);

/** Letters after a name that mark an office ("Margaret Moran MP"). */
export const POST_NOMINALS = new Set(["mp", "mep", "msp", "mla", "qc", "kc", "td"]);

/** Abbreviated titles spelled out in a role ("Sen." → "Senator"). */
export const TITLE_ABBREVIATIONS: Record<string, string> = {
  "sen.": "Senator", "rep.": "Representative", "gov.": "Governor", "gen.": "General", "lt.": "Lieutenant",
  "col.": "Colonel", "adm.": "Admiral", "sgt.": "Sergeant", "capt.": "Captain", "maj.": "Major", "prof.": "Professor",
};
