// A role as a reader expects to see it. Articles give roles the way a headline writer packs
// them ("Norway Prime Minister", "Texas Gov."); a person page prints them on their own, where
// "Prime Minister of Norway" and "Governor of Texas" read as English. US-style titles that
// English does say with the place or body first ("Defense Secretary", "Senate Majority
// Leader", "Florida Senator") are kept as given.
import { placeAfterOf } from "./place-names.ts";

/** Title abbreviations wire copy uses, spelled out: a role on its own line is not a dateline. */
const ABBREVIATIONS = new Map([
  ["sen.", "Senator"],
  ["rep.", "Representative"],
  ["gov.", "Governor"],
  ["lt.", "Lieutenant"],
  ["gen.", "General"],
  ["col.", "Colonel"],
  ["maj.", "Major"],
  ["sgt.", "Sergeant"],
  ["capt.", "Captain"],
  ["adm.", "Admiral"],
  ["cmdr.", "Commander"],
  ["pres.", "President"],
  ["atty.", "Attorney"],
  ["supt.", "Superintendent"],
  ["amb.", "Ambassador"],
  ["asst.", "Assistant"],
  ["dep.", "Deputy"],
  ["sec.", "Secretary"],
  ["secy.", "Secretary"],
]);

/** Words a sentence or dateline leaves at the front of a role ("Tuesday President", "October Tory leader", "Her director"). */
const LEADING_NOISE = new Set([
  "and",
  "but",
  "or",
  "as",
  "said",
  "says",
  "every",
  "her",
  "his",
  "its",
  "their",
  "our",
  "my",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  // Not "May": a role never starts with the month, but "May" can be a name.
  "january",
  "february",
  "march",
  "april",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
]);
/** Video-player captions left in scraped wire copy ("CLOSE President", "JUST WATCHED Defense Secretary"); only in capitals. */
const PAGE_FURNITURE = new Set(["CLOSE", "JUST", "WATCHED", "VIDEO", "PHOTOS", "READ", "MORE"]);
/** Words that make a name or style of the word before them: "Sunday Telegraph journalist", "Her Majesty's ambassador". */
const NAME_GOES_ON = new Set([
  "times",
  "telegraph",
  "mirror",
  "express",
  "herald",
  "post",
  "people",
  "sport",
  "night",
  "morning",
  "independent",
  "majesty",
  "majesty's",
  "majesty’s",
  "royal",
  "holiness",
  "excellency",
]);

/** Qualifiers that stay in front when the office moves: "former Governor of Florida". */
const QUALIFIER =
  /^(?:(?:former|ex|then|outgoing|incoming|acting|interim|Democratic|Republican|GOP)(?:\s+|-))+/i;

/** Portfolios whose ministers English names "of" a country: "Foreign Minister of Japan". */
const PORTFOLIO =
  "(?:Foreign|Finance|Defence|Defense|Interior|Justice|Health|Economy|Economic|Economics|Trade|Energy|Oil|Education|Environment|Agriculture|Transport|Labour|Labor|Culture|Information|Communications|Tourism|Industry)(?: Affairs)?";

/**
 * Heads of government and state, and the officers English names after their place. Bare
 * "Minister" is not among them: "Northern Ireland Minister" is a UK minister, not Northern
 * Ireland's.
 */
const OFFICE_OF_PLACE = new RegExp(
  `^(?:(?:Deputy|Vice|Acting|Interim)[ -])?(?:Prime Minister|President|Premier|Chancellor|Governor|Lieutenant Governor|Mayor|King|Queen|Emperor|First Minister|${PORTFOLIO} Minister)$`,
  "i",
);

/**
 * @example
 * normaliseRole("Norway Prime Minister") //=> "Prime Minister of Norway"
 * normaliseRole("former Texas Gov.") //=> "former Governor of Texas"
 * normaliseRole("Defense Secretary") //=> "Defense Secretary"
 * normaliseRole("Tuesday President") //=> "President"
 */
export function normaliseRole(role: string): string {
  const words = role
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => ABBREVIATIONS.get(word.toLowerCase()) ?? word);
  while (
    words.length > 1 &&
    (PAGE_FURNITURE.has(words[0]!) ||
      (LEADING_NOISE.has(words[0]!.toLowerCase()) && !NAME_GOES_ON.has(words[1]!.toLowerCase())))
  ) {
    words.shift();
  }
  return placeLast(words.join(" "));
}

/** "<Place> <Office>" → "<Office> of <Place>", qualifiers kept in front; anything else as given. */
function placeLast(role: string): string {
  const qualifier = QUALIFIER.exec(role)?.[0] ?? "";
  const words = role.slice(qualifier.length).split(" ");
  // The longest place first: "New York Governor" is New York's, not New's.
  for (let split = words.length - 1; split >= 1; split--) {
    const place = placeAfterOf(words.slice(0, split).join(" "));
    const office = words.slice(split).join(" ");
    if (place && OFFICE_OF_PLACE.test(office)) return `${qualifier}${office} of ${place}`;
  }
  return role;
}
