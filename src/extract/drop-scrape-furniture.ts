// Removes what a web scrape leaves around a story's own sentences before any name rule
// sees them: photo credits ("Alex Wong/Getty Images", "REUTERS/Suzie Wong", "(AP Photo/Evan
// Vucci)"), caption furniture ("Enlarge this image toggle caption"), bylines and credit lines
// ("Jane Doe contributed to this report", "Reporting by …; Editing by …", "Julia Ioffe is a
// contributing writer at …"), and body lines that only repeat the headline in title case.
// The names in them are the story's makers, not its subjects. Pure.

/** Capitalised word of a name: "Wong", "O'Brien", "J.", "McConnell". */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
const NAME = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,3}`;
/** Agency side of a credit: "Getty Images", "NCPR", "The Washington Post via Getty Images"; one name word and a known tail, so the story's next words stay. */
const AGENCY = String.raw`(?:The\s+\p{Lu}\p{L}+\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+(?:Images|Photos?|Pictures|Press|News|Post|Times))?(?:\s+via\s+Getty\s+Images)?`;
const AGENCIES = String.raw`(?:AP|AFP|EPA|UPI|Reuters|REUTERS|Getty(?:\s+Images)?|Bloomberg|Pool|AP\s+Photo|Photo|Courtesy)`;

/** "(Photo: Etienne Laurent, EPA)", "(Photo by Jonathan Ernst - Pool/Getty Images)". */
const PHOTO_CREDIT_IN_BRACKETS = String.raw`\((?:Photo|Photograph|Image)s?(?::|\s+by)\s*[^()]{1,80}\)`;
/** "Gabriel Debenedetti contributed reporting from Des Moines, Iowa.": one contributors' credit. */
const CONTRIBUTED = String.raw`${NAME}(?:\s*(?:,|and|&)\s*${NAME}){0,4}\s+contributed(?:\s+(?:reporting|research))?(?:\s+(?:from|in)\s+[^.]+(?:\.\s*\p{Lu}\p{Ll}+)?)?\.`;

const FURNITURE: readonly RegExp[] = [
  // "David Sommerstein/NCPR", "M. Scott Mahaskey /POLITICO", "Brendan Smialowski/AFP/Getty Images".
  new RegExp(
    String.raw`\b(?!${AGENCIES}\b)${NAME_WORD}\s+${NAME_WORD}(?:\s+${NAME_WORD}){0,2}(?:\s?\/\s?${AGENCY})+`,
    "gu",
  ),
  // "(AP Photo/Evan Vucci)", "REUTERS/Suzie Wong", "Photo: Jane Doe/AFP".
  new RegExp(
    String.raw`\(?\b${AGENCIES}(?:\s+Photo)?\s*\/\s*${NAME}(?:\s*\/\s*${AGENCY})?\)?`,
    "gu",
  ),
  new RegExp(
    String.raw`\b(?:Photo|Photograph|Image|Credit)s?(?:\s+by)?\s*:?\s+${NAME}\s*\/\s*${AGENCY}`,
    "gu",
  ),
  // "…LOWER DRUG PRICES! — Donald J. Trump (@realDonaldTrump) August 14, 2017": an embedded
  // tweet's author line.
  new RegExp(String.raw`[—–-]\s*${NAME}\s+\(@\w+\)\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4}`, "gu"),
  // "Ryan and Rice fired up the crowd. | Mike Morones for POLITICO and AP Photo".
  new RegExp(
    String.raw`\|\s*${NAME}\s+for\s+${AGENCY}(?:\s+and\s+${AGENCIES}(?:\s+Photos?)?)?`,
    "gu",
  ),
  // "(Photo: Dennis Brack, Getty Images) Story Highlights …": a credit in brackets mid-paragraph.
  new RegExp(PHOTO_CREDIT_IN_BRACKETS, "gu"),
  // "Story highlights Ruben Navarrette: It's been a tough week …": an opinion piece's author
  // before its summary.
  new RegExp(String.raw`^Story highlights\s+${NAME}\s*:\s*`, "gu"),
  // "… the agenda. | AP Photo": a credit after a bar.
  new RegExp(String.raw`\|\s*${AGENCIES}(?:\s+Photo)?\s*$`, "gu"),
  // "Corrected by: Jane Doe @ 12/05/2013": a correction's signature.
  new RegExp(String.raw`\bCorrected by:?\s+${NAME}(?:\s+@\s+[\d/: ]+(?:[AP]M)?)?`, "gu"),
  // "Bhatti reported from Berlin. Contributing: Jane Onyanga-Omara in London; …" closing a paragraph.
  /(?:\b\p{Lu}[\p{L}'’-]+ reported from [^.]{1,40}\.\s*)?\bContribut(?:ing|ors?):.*$/gu,
  // "(Reporting by Jane Doe; Editing by John Roe)" at the end of a paragraph.
  /\((?:Additional )?(?:Reporting|Writing|Editing)\s+by[^)]*\)/gu,
  /\b(?:Enlarge this image|toggle caption|hide caption|(?:Image|Photo) copyright)\b/gu,
  // "toggle caption Courtesy Stephanie Madden Courtesy Stephanie Madden": a photo's courtesy credit.
  new RegExp(String.raw`\bCourtesy(?:\s+of)?\s+${NAME}(?=\s+Courtesy\b|\s*$)`, "gu"),
  // "CLOSE President Trump took his tax pitch …": a video player's close button before its caption.
  /^CLOSE\s+(?=\p{Lu})/gu,
];

/** Whole paragraphs that are credits, bylines, contact lines or links to other stories. */
const CREDIT_LINES: readonly RegExp[] = [
  // "SEE ALSO: Marco Rubio, Rand Paul clash over conservatism": another story's headline.
  /^(?:SEE ALSO|(?:READ )?MORE|More|RELATED|Related|Read more|READ|Watch|WATCH)\s*:/u,
  // "Bacon reported from McLean, Va.", "⦁ Seth McLaughlin reported from Washington.": the
  // reporter's line.
  new RegExp(String.raw`^[^\p{L}]*${NAME}(?:\s+and\s+${NAME})?\s+reported from\b`, "u"),
  // "JUST WATCHED New poll shows … Replay More Videos ... MUST WATCH …": a video player's titles.
  /^JUST WATCHED\b/u,
  // "John Boehner doesn't want … | AP Photos GOP men told how to talk to women": a photo's caption,
  // its credit and the headline of the page.
  /\|\s*(?:AP|Getty|Reuters|AFP|EPA|Bloomberg)(?:\s+(?:Photos?|Images))?\s+(?!Photos?\b|Images\b)\p{Lu}/u,
  // A video embed's markup: `… people: “You’re being ridiculous” poster="http://…`.
  /\bposter="https?:/u,
  /\bcontributed(?:\s+\w+){0,3}\s+to\s+(?:this|the)\s+(?:report|story|article)\b/iu,
  // "Alicia Cohn, Melanie Zanona and Mike Lillis contributed. Updated 10:45 a.m.", "Gabriel
  // Debenedetti contributed reporting from Des Moines, Iowa. Lauren French contributed.": a line
  // of contributors' credits, nothing else.
  new RegExp(String.raw`^${CONTRIBUTED}(?:\s+${CONTRIBUTED})*(?:\s+Updated\b.*)?$`, "u"),
  /^(?:\(?\s*)?(?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled|Produced)\s+by\b/u,
  /^By\s+\p{Lu}/u,
  /\bis\s+(?:a|an|the)?\s*(?:\w+\s+){0,3}(?:writer|reporter|correspondent|editor|columnist|contributor)\s+(?:at|for|with)\b/u,
  /^(?:Follow|Contact|Email|Reach)\s+.*(?:\bon Twitter\b|\bat\b|@\w)/u,
  /^Editor['’]s note\b/iu,
  // "Connie Cone Sexton and Paulina Pineda", "Rick Jervis, and John Bacon": a line that is only
  // reporters' full names.
  new RegExp(
    String.raw`^(?:By\s+)?${NAME_WORD}\s+${NAME_WORD}(?:\s+${NAME_WORD})?(?:\s*(?:,\s*and|,|and|&)\s*${NAME_WORD}\s+${NAME_WORD}(?:\s+${NAME_WORD})?){0,2}\.?$`,
    "u",
  ),
  // "— With assistance by Peter Martin, Dandan Li, and Elizabeth Wasserman" (Bloomberg).
  /^(?:[—–-]\s*)?With (?:assistance|reporting) (?:by|from)\s+\p{Lu}/u,
  // "The Memo is a reported column by Niall Stanage, primarily focused on …".
  /\bis an? (?:\w+\s+){0,2}column by\s+\p{Lu}/u,
];
/**
 * "Mark Bauerlein is an English professor at Emory University", "Lawrence Norden is deputy
 * director of the Democracy Program": an opinion piece's author line, taken as one only as the
 * story's first or last paragraph (inside a story the same words introduce a source).
 */
const AUTHOR_BIO = new RegExp(
  String.raw`^${NAME_WORD}(?:\s+${NAME_WORD}){1,3}\s+is\s+(?:a|an|the)?\s*(?:[\p{L}'’-]+\s+){0,5}?(?:at|of|for|with)\s+(?:the\s+)?\p{Lu}`,
  "u",
);
/** A credit line is short; a long paragraph that happens to match is kept. */
const MAX_CREDIT_LINE = 260;
/**
 * Furniture of any length: "Contributing: Susan Miller, in Falls Church, Va.; …", a wire photo's
 * caption ("FILE PHOTO: …"), and a caption that ends in its photo credit ("… as they attend the
 * march in Paris. (Photo: Philippe Wojazer, AFP/Getty Images)").
 */
const LONG_FURNITURE: readonly RegExp[] = [
  /^Contribut(?:ing|ors?)\s*:/u,
  // "… Hide Caption 5 of 10 Photos: Tony Sinnott and …": a photo gallery's captions, whose
  // names the story's own sentences give again when they matter.
  /\bHide Caption \d+ of \d+\b/u,
  /^FILE PHOTO\b/u,
  // "Related Coverage Mueller tells White House to save files …": links to other stories.
  /^Related Coverage\b/u,
  new RegExp(String.raw`${PHOTO_CREDIT_IN_BRACKETS}\s*$`, "u"),
];

/** Capitalised function words: in running text only a title-case line has them mid-sentence. */
const TITLE_CASE_WORDS =
  /(?<![.!?:"“]\s)(?<=\S\s)\b(?:On|In|To|For|With|At|By|From|Is|Are|Was|Of|And|The|Over|After|Into|As|Says)\s/gu;

const squeeze = (s: string) => s.replace(/\s+/g, " ").trim();
const sameText = (a: string, b: string) => squeeze(a).toLowerCase() === squeeze(b).toLowerCase();

/**
 * The article's paragraphs without scrape furniture: credit spans are cut out, credit lines and
 * title-case repeats of headlines become empty strings, so paragraph numbers stay as they were.
 * @example dropScrapeFurniture("Storm", ["Alex Wong/Getty Images Rain fell.", "Reporting by Jo Roe"]) //=> ["Rain fell.", ""]
 */
export function dropScrapeFurniture(headline: string, paragraphs: readonly string[]): string[] {
  return paragraphs.map((raw, index) => {
    const paragraph = dropHoverCards(raw);
    if (sameText(paragraph, headline) || isTitleCaseLine(paragraph)) return "";
    const edge = index === 0 || index === paragraphs.length - 1;
    if (edge && paragraph.length <= MAX_CREDIT_LINE && AUTHOR_BIO.test(paragraph)) return "";
    if (paragraph.length <= MAX_CREDIT_LINE && CREDIT_LINES.some((re) => re.test(paragraph)))
      return "";
    if (LONG_FURNITURE.some((re) => re.test(paragraph))) return "";
    let text = paragraph;
    for (const re of FURNITURE) text = text.replace(re, " ");
    return squeeze(text);
  });
}

/** "Alberto Gonzales On Comey's Firing": a line set in title case (a headline or a link), not a sentence. */
export function isTitleCaseLine(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length < 4 || text.length > 200) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.75 && (text.match(TITLE_CASE_WORDS)?.length ?? 0) >= 1;
}

/** Prefixes that carry a capital inside a surname: McConnell, MacArthur, DeSantis, LaBolt, O'Brien. */
const GLUE_PREFIXES = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O['’])$/u;
/** A word glued to the next by the scrape: "ZuckerbergHillicon", "McCarthyHouse", "McCain2020", "TrumpGOP", "VelaA". */
const GLUED_WORD =
  /\b\p{Lu}[\p{L}'’]*\p{Ll}(?:\p{Lu}\p{Ll}|\p{Lu}{1,}(?![\p{L}\d])|\d{4})[\p{L}\d]*/gu;

/** The glued word's first part ("McCarthy" of "McCarthyHouse"), or undefined when the capital inside is a surname prefix's ("DeSantis"). */
function gluedSurname(word: string): string | undefined {
  const boundaries = [
    ...word.matchAll(/\p{Ll}(?=\p{Lu}\p{Ll}|\p{Lu}{1,}(?![\p{L}\d])|\d{4})/gu),
  ].map((m) => m.index + 1);
  // A boundary right after a surname prefix ("Mc|Connell") is inside the surname, wherever the
  // prefix stands: "McConnellMcConnell" is "McConnell" twice.
  const afterPrefix = (at: number) => {
    const start = Math.max(0, ...boundaries.filter((b) => b < at));
    return GLUE_PREFIXES.test(word.slice(start, at));
  };
  const cut = boundaries.find((at) => !afterPrefix(at) && at >= 3);
  return cut === undefined ? undefined : word.slice(0, cut);
}

/**
 * A hover card the scrape did not glue: "Rep. Steny Hoyer Steny Hamilton Hoyer Hoyer calls GOP
 * … MORE": the name, the legal name with the same first name and surname, then headlines up to
 * "MORE".
 */
const UNGLUED_CARD =
  /\b(\p{Lu}[\p{L}'’-]+) (\p{Lu}[\p{L}'’-]+) \1 (?:\p{Lu}[\p{L}.'’-]* ){0,2}\2 .{0,400}?\bMORE\b/gu;

/**
 * Cuts a news site's hover card out of a sentence: "Facebook CEO Mark Zuckerberg Mark Elliot
 * ZuckerbergHillicon Valley: … | … MORE appeared" → "Facebook CEO Mark Zuckerberg appeared".
 * The card repeats the person's legal name, glued to the headlines of other stories, up to
 * "MORE"; the sentence's own name ends at the first repeat of the glued surname.
 */
export function dropHoverCards(text: string): string {
  let out = text.replace(UNGLUED_CARD, "$1 $2");
  for (let guard = 0; guard < 50; guard++) {
    const glue = [...out.matchAll(GLUED_WORD)].find(
      (m) => gluedSurname(m[0]) && /MORE\b/.test(out.slice(m.index, m.index + 1500)),
    );
    if (!glue) break;
    const surname = gluedSurname(glue[0])!;
    const more = out.indexOf("MORE", glue.index);
    const before = out.slice(Math.max(0, glue.index - 120), glue.index);
    const repeat = before.search(new RegExp(String.raw`\b${surname}\b`, "u"));
    const cutFrom =
      repeat >= 0 ? Math.max(0, glue.index - 120) + repeat + surname.length : glue.index;
    out = `${out.slice(0, cutFrom)}${out.slice(more + "MORE".length)}`.replace(/\s+/g, " ");
  }
  return out;
}
