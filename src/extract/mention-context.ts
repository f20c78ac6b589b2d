// What the words around a name run say about it, independent of the name itself:
// "actress Barbara Windsor" (a person, role "actress"), "Rod Eddington, BA's chief
// executive," (a role after the name), "the Kyrgyz President, Askar Akaev" (a role
// before the comma), "analyst Mike Powell of BNP Paribas" / "president of ClearView
// Economics" (an employer), "children's film Mary Poppins" (a work, not a person). Pure.
import { OFFICE_TITLES, ROLE_MODIFIERS, WEEKDAY } from "./title-words.ts";
import type { Token } from "./tokenize-text.ts";

/** Lower-case nouns that introduce a person's name in news copy. */
/**
 * Kin and everyday nouns for a person ("his son Ghassan Abu Laban", "Magdi Badr, a family
 * friend,"): they prove a person as well as a job does, but make no role for a person page.
 */
const KIN_AND_EVERYDAY_NOUNS = [
  "friend",
  "relative",
  "son",
  "daughter",
  "brother",
  "sister",
  "mother",
  "father",
  "mom",
  "dad",
  "uncle",
  "aunt",
  "cousin",
  "niece",
  "nephew",
  "widow",
  "widower",
  "grandson",
  "granddaughter",
  "grandmother",
  "grandfather",
  "daughter-in-law",
  "son-in-law",
  "stepfather",
  "stepmother",
  "stepson",
  "stepdaughter",
  "boyfriend",
  "girlfriend",
  "fiancee",
  "fiancé",
  "fiancée",
  "neighbor",
  "neighbour",
  "resident",
  "student",
  "doctor",
  "nurse",
  "pilot",
  "passenger",
  "survivor",
  "witness",
  "shopper",
  "voter",
  "retiree",
  "volunteer",
  "gunman",
  "defendant",
  "inmate",
];

export const PERSON_DESCRIPTORS = new Set([
  ...KIN_AND_EVERYDAY_NOUNS,
  "actor",
  "actress",
  "actors",
  "singer",
  "writer",
  "novelist",
  "author",
  "playwright",
  "poet",
  "artist",
  "sculptor",
  "director",
  "producer",
  "presenter",
  "comic",
  "comedian",
  "athlete",
  "player",
  "striker",
  "midfielder",
  "defender",
  "goalkeeper",
  "runner",
  "sprinter",
  "journalist",
  "lawyer",
  "economist",
  "analyst",
  "minister",
  "chairman",
  "chief",
  "executive",
  "spokesman",
  "spokeswoman",
  "president",
  "leader",
  "secretary",
  "mp",
  "senator",
  "boss",
  "manager",
  "coach",
  "founder",
  "tycoon",
  "businessman",
  "businesswoman",
  "entrepreneur",
  "investor",
  "banker",
  "scientist",
  "professor",
  "researcher",
  "critic",
  "supermodel",
  "model",
  "musician",
  "rapper",
  "guitarist",
  "drummer",
  "chancellor",
  "governor",
  "mayor",
  "judge",
  "prosecutor",
  "officer",
  "adviser",
  "advisor",
  "colleague",
  "wife",
  "husband",
  "legend",
  "star",
  "great",
  "icon",
  "designer",
  "composer",
  "conductor",
  "dancer",
  "photographer",
  "strategist",
  "official",
  "campaigner",
  "activist",
  "candidate",
  "lawmaker",
  "congressman",
  "congresswoman",
  "diplomat",
  "envoy",
  "ambassador",
  "general",
  "commander",
  "spokesperson",
  "coordinator",
  "chairwoman",
  "premier",
  "king",
  "queen",
  "pope",
  "cleric",
  "dictator",
  "emperor",
  "philosopher",
  "historian",
  "composer",
  "newcomer",
  "veteran",
  "captain",
  "pollster",
  "consultant",
  "operative",
  "aide",
  "staffer",
  "attorney",
  "counsel",
  "nominee",
  "challenger",
  "incumbent",
  "donor",
  "organizer",
  "organiser",
  "reporter",
  "correspondent",
  "columnist",
  "anchor",
  "commentator",
  "pundit",
  "spokesman",
  "lobbyist",
  "superintendent",
  "sheriff",
  "commissioner",
  "trooper",
  "detective",
  "suspect",
  "victim",
]);
/** Person descriptors that are no office: they mark a person but make no role for a person page. */
const NOT_ROLES = new Set([
  ...KIN_AND_EVERYDAY_NOUNS,
  "actors",
  "colleague",
  "wife",
  "husband",
  "legend",
  "star",
  "great",
  "icon",
  "newcomer",
  "veteran",
  "model",
  "supermodel",
]);
/** Plural nouns whose "like/such as/including" list names people ("authors like Cicero, Virgil and Tacitus"). */
const PEOPLE_PLURALS =
  /^(?:authors|writers|actors|actresses|artists|stars|players|leaders|figures|politicians|ministers|thinkers|philosophers|poets|singers|musicians|athletes|celebrities|presidents|candidates|lawmakers|senators|officials|names|people|directors|composers)$/;
/** Plural nouns whose list names organisations ("chains such as Dunkin' Donuts and Baskin-Robbins"). */
const ORGANISATION_PLURALS =
  /^(?:firms|companies|chains|banks|groups|brands|retailers|airlines|carriers|insurers|lenders|clubs|teams|agencies|organisations|organizations|charities|broadcasters|newspapers|publishers|studios|labels|networks|rivals|parties|unions|manufacturers|makers|operators|giants|institutions|universities)$/;
/** Nouns that introduce the title of a work ("the film Mary Poppins", "hit show Jerry Springer"). */
const WORK_NOUNS = new Set([
  "film",
  "movie",
  "show",
  "musical",
  "play",
  "novel",
  "book",
  "album",
  "opera",
  "series",
  "programme",
  "sitcom",
  "drama",
  "song",
  "single",
  "documentary",
  "exhibition",
  "production",
  "comedy",
  "thriller",
  "ballet",
]);
/** Nouns naming a job that an employer follows ("analyst ... of BNP Paribas", "manager at Microsoft"). */
const EMPLOYER_NOUNS = new Set([
  "analyst",
  "economist",
  "strategist",
  "president",
  "chairman",
  "chairwoman",
  "chief",
  "director",
  "head",
  "founder",
  "executive",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "researcher",
  "lecturer",
  "professor",
  "partner",
  "manager",
  "coordinator",
  "officer",
  "official",
  "employee",
  "engineer",
  "editor",
  "correspondent",
  "role",
  "job",
  "post",
  "adviser",
  "advisor",
  "consultant",
  "vice-president",
  "secretary-general",
  "director-general",
  "boss",
  "trader",
  "staff",
]);
/** Words that may stand before a role noun and belong to the role ("aviation analyst", "economy minister"). */
const ROLE_FIELDS = new Set([
  "aviation",
  "economy",
  "oil",
  "energy",
  "market",
  "markets",
  "chief",
  "senior",
  "technical",
  "political",
  "military",
  "industry",
  "retail",
  "banking",
  "city",
  "investment",
  "equity",
  "research",
  "managing",
  "executive",
  "labour",
  "legal",
  "deputy",
  "foreign",
  "finance",
  "defence",
  "defense",
  "interior",
  "health",
  "education",
  "trade",
  "justice",
  "culture",
  "transport",
  "environment",
  "agriculture",
  "sports",
  "sport",
  "press",
  "communications",
  "campaign",
  "security",
  "former",
  "shadow",
  "prime",
  "general",
  "assistant",
  "associate",
  "acting",
  "interim",
  "vice",
  "first",
  "lead",
  "principal",
]);
/** A capitalised word that can open a body's name at a sentence start ("Kremlin", "White", "NATO"). */
const isOrganisationLike = (w: string) =>
  /^\p{Lu}{2,}/u.test(w) ||
  !/^(The|A|An|But|And|Yesterday|Today|Now|Then|Meanwhile|However|Also|Later|Earlier|On|In|At|Last|Next|This|That|When|While|After|Before|As|If)$/.test(
    w,
  );
const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? "";
const isLowerWord = (t: Token | undefined): t is Token =>
  t !== undefined && t.isWord && !t.isCapitalised;
const isRoleHead = (w: string) =>
  OFFICE_TITLES.has(w) ||
  (PERSON_DESCRIPTORS.has(w) && !NOT_ROLES.has(w)) ||
  (EMPLOYER_NOUNS.has(w) && !["role", "job", "post", "staff"].includes(w));

/** "aviation analyst Mike Powell": the lower-case role right before the run, or undefined. */
/** Offices named "<noun> general": attorney general, solicitor general, surgeon general … */
const GENERAL_OFFICES = new Set([
  "attorney",
  "solicitor",
  "surgeon",
  "inspector",
  "secretary",
  "postmaster",
  "comptroller",
  "auditor",
  "consul",
  "governor",
  "adjutant",
]);

export function roleBefore(
  text: string,
  tokens: readonly Token[],
  from: number,
): string | undefined {
  const head = tokens[from - 1];
  if (
    !isLowerWord(head) ||
    !isRoleHead(head.text.toLowerCase()) ||
    NOT_ROLES.has(head.text.toLowerCase())
  )
    return undefined;
  let start = from - 1;
  // "solicitor general Noel Francisco", "deputy attorney general Rod Rosenstein": "general" after
  // an office noun is half of the office's name.
  const office = tokens[start - 1];
  if (lower(head) === "general" && isLowerWord(office)) {
    // "attorneys general John Ashcroft and Alberto Gonzales": a plural office is the list's.
    if (/s$/.test(lower(office)) && GENERAL_OFFICES.has(lower(office).slice(0, -1)))
      return undefined;
    if (GENERAL_OFFICES.has(lower(office))) start--;
  }
  while (
    start > from - 3 &&
    isLowerWord(tokens[start - 1]) &&
    (ROLE_FIELDS.has(lower(tokens[start - 1])) || ROLE_MODIFIERS.has(lower(tokens[start - 1]))) &&
    !["the", "of", "and", "for", "to"].includes(lower(tokens[start - 1]))
  )
    start--;
  // "White House press secretary", "Senate Democratic leader", "Kremlin spokesman": the body is part of the role.
  let body = start;
  while (
    body > start - 4 &&
    tokens[body - 1]?.isWord &&
    tokens[body - 1]!.isCapitalised &&
    !tokens[body - 1]!.possessive &&
    // "On Tuesday Labour chairman Ian McCartney": a day is when, not part of the role.
    !WEEKDAY.test(tokens[body - 1]!.text)
  )
    body--;
  if (body < start && tokens[body]!.sentenceStart && !isOrganisationLike(tokens[body]!.text))
    body++;
  if (body < start && tokens[body]!.text === "The") body++;
  return text.slice(tokens[body]!.start, head.end);
}

/**
 * "Rod Eddington, BA's chief executive," → "BA's chief executive"; undefined when no role follows.
 * Shape: [the|a] [capitalised words, e.g. "BA's", "CBI"] lower-case role words ending in a role
 * noun, then optionally "of/at/for [the] Capitalised Name", then "," "." ";" or ")".
 */
export function roleAfter(text: string, tokens: readonly Token[], to: number): string | undefined {
  if (lower(tokens[to]) !== ",") return undefined;
  let k = to + 1;
  while (["the", "a", "an"].includes(lower(tokens[k]))) k++;
  const first = k;
  while (k < first + 4 && tokens[k]?.isWord && (tokens[k]!.isCapitalised || tokens[k]!.possessive))
    k++;
  const roleFrom = k;
  let head = -1;
  while (
    k < roleFrom + 4 &&
    isLowerWord(tokens[k]) &&
    !["of", "at", "for", "the", "to"].includes(lower(tokens[k])) &&
    (ROLE_FIELDS.has(lower(tokens[k])) ||
      ROLE_MODIFIERS.has(lower(tokens[k])) ||
      isRoleHead(lower(tokens[k])))
  ) {
    if (isRoleHead(lower(tokens[k]))) head = k;
    k++;
  }
  if (head < 0 || head !== k - 1) return undefined;
  if (["of", "at", "for"].includes(lower(tokens[k])) && tokens[k + 1]) {
    let j = k + 1;
    if (lower(tokens[j]) === "the") j++;
    const nameFrom = j;
    while (
      j < nameFrom + 8 &&
      tokens[j]?.isWord &&
      (tokens[j]!.isCapitalised ||
        (["and", "of", "for", "the"].includes(lower(tokens[j])) && tokens[j + 1]?.isCapitalised))
    )
      j++;
    if (j > nameFrom) k = j;
  }
  const end = tokens[k];
  if (end && ![",", ".", ";", ")"].includes(end.text)) return undefined;
  return text.slice(tokens[first]!.start, tokens[k - 1]!.end);
}

/**
 * "Carter Page, an obscure energy consultant", "Lane Kenworthy, a political scientist at…": the
 * run is followed by a comma, "a"/"an"/"the" or a name's possessive and, within six lower-case
 * words, a noun for a person.
 */
export function hasPersonAppositive(tokens: readonly Token[], to: number): boolean {
  if (lower(tokens[to]) !== ",") return false;
  // "Deah Barakat, 23,": an age.
  // (A number token keeps a trailing comma or stop: "23,".)
  const age = /^(\d{1,3})([,.;]?)$/.exec(tokens[to + 1]?.text ?? "");
  if (
    age &&
    Number(age[1]) <= 120 &&
    (age[2] !== "" || [",", ".", ";", "and"].includes(lower(tokens[to + 2])))
  )
    return true;
  let from = to + 2;
  if (!["a", "an", "the", "his", "her", "their"].includes(lower(tokens[to + 1]))) {
    // "Neera Tanden, Clinton’s former top policy adviser,": a name's possessive opens it instead.
    let k = to + 1;
    while (k < to + 4 && tokens[k]?.isCapitalised && !tokens[k]!.possessive) k++;
    if (!(tokens[k]?.isCapitalised && tokens[k]!.possessive)) return false;
    from = k + 1;
  }
  // "Farhana Khera, the group's executive director,": a possessive may stand before the noun, and
  // an organisation's name ("a former senior CIA operations officer").
  for (
    let k = from;
    k < from + 8 &&
    (isLowerWord(tokens[k]) ||
      tokens[k]?.possessive ||
      tokens[k]?.isCapitalised ||
      // "Malala, a 17-year-old student,": an age before the noun.
      /^(?:\d{1,3}|-|(?:year|month)s?-old)$/.test(tokens[k]?.text ?? ""));
    k++
  )
    if (PERSON_DESCRIPTORS.has(lower(tokens[k]))) return true;
  return false;
}

/** The run follows "of"/"at" (optionally "the") after a job noun: "analyst ... of X", "manager at X". `prevPerson` says a person run ends right before "of". */
export function hasEmployerCue(
  tokens: readonly Token[],
  from: number,
  prevPersonEndsAt: number,
): boolean {
  let k = from - 1;
  if (lower(tokens[k]) === "the") k--;
  if (!["of", "at"].includes(lower(tokens[k]))) return false;
  const before = tokens[k - 1];
  // "analyst Mike Powell of BNP Paribas", "said David Anders at Merrill Lynch": a person's employer.
  if (prevPersonEndsAt === k && (lower(tokens[k]) === "of" || k === from - 1)) return true;
  const noun = before?.text.toLowerCase() ?? "";
  if (["role", "job", "post"].includes(noun) && lower(tokens[k]) !== "at") return false; // "the role of Tom" is a part in a play
  return isLowerWord(before) && EMPLOYER_NOUNS.has(noun);
}

/** "the film Mary Poppins", "hit show Jerry Springer": the run is a work's title. */
export const isWorkTitleCue = (tokens: readonly Token[], from: number) =>
  isLowerWord(tokens[from - 1]) && WORK_NOUNS.has(lower(tokens[from - 1]));

/** What a "like/such as/including" before a list says about its members, if anything. */
export function listLeadIn(
  tokens: readonly Token[],
  from: number,
): "person" | "organisation" | undefined {
  let k = from - 1;
  if (["like", "including"].includes(lower(tokens[k]))) k--;
  else if (lower(tokens[k]) === "as" && lower(tokens[k - 1]) === "such") k -= 2;
  else return undefined;
  const noun = lower(tokens[k]);
  if (PEOPLE_PLURALS.test(noun)) return "person";
  if (ORGANISATION_PLURALS.test(noun)) return "organisation";
  return undefined;
}

/** Tokens between two runs that keep them in one list: ",", "and", "or". */
export function isListGap(tokens: readonly Token[], from: number, to: number): boolean {
  const gap = tokens
    .slice(from, to)
    .map((t) => t.text.toLowerCase())
    .join(" ");
  return gap === "," || gap === "and" || gap === "or" || gap === ", and" || gap === ", or";
}

const MALE_PRONOUNS = new Set(["he", "his", "him", "himself"]);
const FEMALE_PRONOUNS = new Set(["she", "her", "hers", "herself"]);

/**
 * The gender of the first "he"/"his" or "she"/"her" after the run in its sentence, outside
 * quotes: "Clinton seeks to define Trump…, her campaign appears…" says which Clinton.
 */
export function pronounAfter(
  tokens: readonly Token[],
  to: number,
  inQuote: (offset: number) => boolean,
): { gender: "male" | "female"; subject: boolean } | undefined {
  for (let k = to; k < Math.min(tokens.length, to + 30); k++) {
    const t = tokens[k]!;
    if ([".", "!", "?"].includes(t.text)) return undefined;
    if (inQuote(t.start)) continue;
    const word = t.text.toLowerCase();
    // "he"/"she" is a clause's subject: who acts; "his", "him", "her" may be someone else's.
    if (MALE_PRONOUNS.has(word)) return { gender: "male", subject: word === "he" };
    if (FEMALE_PRONOUNS.has(word)) return { gender: "female", subject: word === "she" };
  }
  return undefined;
}

/** Family nouns that introduce a relative by first name ("his sons, Donald Jr. and Eric"). */
const FAMILY_NOUNS = new Set([
  "son",
  "sons",
  "daughter",
  "daughters",
  "wife",
  "husband",
  "brother",
  "brothers",
  "sister",
  "sisters",
  "mother",
  "father",
  "children",
  "grandson",
  "granddaughter",
  "son-in-law",
  "daughter-in-law",
]);

/**
 * "Trump's daughter Ivanka", "his sons, Donald Jr. and Eric", "whose minister father John": the
 * run is a relative named after a family noun, directly or as a later member of the list that
 * follows it. Returns whose relative: the surname of a possessive name before the noun, or
 * "pronoun" for "his"/"her"/"whose" (someone named before); nothing without a possessor.
 */
export function relativeOf(tokens: readonly Token[], from: number): string | undefined {
  for (let k = from - 1; k >= Math.max(0, from - 8); k--) {
    const t = tokens[k]!;
    if (t.isWord && FAMILY_NOUNS.has(t.text.toLowerCase())) return possessorBefore(tokens, k);
    const listed =
      t.isCapitalised || [",", "and", "."].includes(t.text) || /^(?:Jr|Sr)\.?$/.test(t.text);
    if (!listed) return undefined;
  }
  return undefined;
}

function possessorBefore(tokens: readonly Token[], noun: number): string | undefined {
  // "his younger brother", "whose minister father": a word or two may describe the relative.
  for (let k = noun - 1; k >= Math.max(0, noun - 3); k--) {
    const t = tokens[k]!;
    if (t.isCapitalised && t.possessive) return t.text;
    if (["his", "her", "whose"].includes(t.text.toLowerCase())) return "pronoun";
    if (!isLowerWord(t)) return undefined;
  }
  return undefined;
}
