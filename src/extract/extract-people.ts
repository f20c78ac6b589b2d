// Turns person mentions into the article's people. Full names are grouped first
// ("Henry Hale" joins "Henry E. Hale", "Gahr Støre" joins "Jonas Gahr Støre"; "Donald
// Trump" never joins "Donald Trump Jr."), then lone words fold into them as surname
// ("Hale", "Mr Hale") or first name ("Vladimir"). A lone surname no full name explains
// becomes a person of its own only with evidence (a title, or a speech verb beside it).
import type { ExtractedPerson } from "./types.ts";
import type { Mention } from "./extract-mentions.ts";
import { foldName } from "./fold-name.ts";
import { loadLexicon } from "./load-lexicon.ts";
import { isFamousSingle } from "./run-words.ts";
import { famousBearerOf } from "./knowledge/famous-people.ts";
import { isNicknameOf } from "./knowledge/nicknames.ts";
import { isWikipediaTitle, wikipediaTitles } from "./knowledge/wikipedia-titles.ts";
import { PARTY_ALIASES } from "./organisation-words.ts";
import { sexOfHonorific } from "./title-words.ts";
import { isNotAPersonName } from "./not-a-person.ts";
import { isEnglishWord } from "./knowledge/english-words.ts";
import { genderOf } from "./name-gender.ts";
import { isAnyFirstName } from "./cued-readings.ts";
import { ARABIC_ARTICLE_PREFIX } from "./tokenize-text.ts";

export interface PersonMention {
  person: string;
  paragraph: number;
  start: number;
  end: number;
  inQuote: boolean;
  /** The first person named in its sentence: who "he" or "she" most likely means. */
  subject: boolean;
  /** Qualifies the noun after it ("Clinton campaign officials", "Paul Ryan's spokeswoman"): not who acts. */
  qualifier: boolean;
}

interface Group {
  words: string[];
  core: string[];
  suffix: string;
  forms: Set<string>;
  role?: string;
  firstAt: number;
  mentions: Mention[];
}

const SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/;
const position = (m: { paragraph: number; start: number }) => m.paragraph * 1e7 + m.start;

function splitSuffix(words: string[]): { core: string[]; suffix: string } {
  const keys = words.map((w) => foldName(w));
  const last = keys[keys.length - 1]!;
  return SUFFIX.test(last)
    ? { core: keys.slice(0, -1), suffix: last.replace(".", "") }
    : { core: keys, suffix: "" };
}

/** "Assad" of "Bashar al-Assad", "Baghdadi" of "Abu Bakr al-Baghdadi": the surname without its article. */
const withoutArabicArticle = (word: string) => word.replace(ARABIC_ARTICLE_PREFIX, "");

/**
 * "Chris" of "Christopher", "Joe" of "Joseph", "Chuck" of "Charles": a first name that is the
 * start of a longer one or a listed nickname of it, and no other sex's name, which two full names
 * with one surname in one story use for one person ("Christopher A. Wray" … "Chris Wray is an
 * extraordinary person"; "Sen. Charles E. Schumer" … "Chuck Schumer").
 */
function isClippedFirstName(short: string, long: string): boolean {
  const clipped = short.length >= 3 && long.length >= short.length + 2 && long.startsWith(short);
  const nickname = isNicknameOf(short, long);
  if (!clipped && !nickname) return false;
  // The list says "dick" is a name; a bare prefix must be one by the name lists.
  if (!nickname && !loadLexicon().firstNames.has(short)) return false;
  const a = genderOf(short);
  const b = genderOf(long);
  return a === undefined || b === undefined || a === b;
}

/** `small` names the same person as `big`: same surname and generation, and its words appear in order. */
function isShorterFormOf(given: string[], smallSuffix: string, big: Group): boolean {
  const clipped =
    given.length >= 2 &&
    (isClippedFirstName(given[0]!, big.core[0]!) ||
      (given.length === big.core.length && isClippedFirstName(big.core[0]!, given[0]!)));
  const small = clipped ? [big.core[0]!, ...given.slice(1)] : given;
  if (
    smallSuffix !== big.suffix ||
    (small.length >= big.core.length && small.join(" ") !== big.core.join(" "))
  )
    return false;
  // "Donald Jr." beside "Donald Trump Jr.": a first name with the same generational suffix.
  if (smallSuffix && small.length === 1 && small[0] === big.core[0]) return true;
  if (small[small.length - 1] !== big.core[big.core.length - 1]) return false;
  let at = 0;
  for (const word of big.core)
    if (
      word === small[at] ||
      (small[at]?.length === 2 && small[at]!.endsWith(".") && word.startsWith(small[at]![0]!))
    )
      at++;
  const sameFirst = small[0] === big.core[0];
  const tail = big.core.slice(big.core.length - small.length).join(" ") === small.join(" ");
  return at === small.length && (sameFirst || tail);
}

/** People of one article and where each is mentioned. */
export function extractPeople(
  mentions: readonly Mention[],
  /** Paragraphs that are lists of names (a team line-up), where surnames are the convention, not a short form. */
  listParagraphs: ReadonlySet<number> = new Set(),
): { people: ExtractedPerson[]; at: PersonMention[] } {
  const lex = loadLexicon();
  const groups: Group[] = [];
  const sorted = [...mentions.map((m) => withOwnSurname(m, mentions))]
    // "the John Smith", but "the Trump campaign", "the David Blunkett visa affair": there "the"
    // belongs to the noun the name qualifies.
    .filter(
      (m) =>
        !(
          m.afterThe &&
          !(m.reading.kind === "person" && m.reading.titled) &&
          !(m.modifiesNoun && m.reading.kind === "single" && isFamousSurname(m.reading.word)) &&
          !(
            m.theIsTheNouns === true &&
            m.reading.kind === "person" &&
            m.reading.words.length >= 2 &&
            m.surface === m.reading.words.join(" ") &&
            !m.reading.words.includes("&") &&
            loadLexicon().firstNames.has(foldName(m.reading.words[0]!))
          )
        ),
    )
    // "Charles de Gaulle airport": a place named after a person does not mention them.
    .filter((m) => !m.namesFacility)
    .sort((a, b) => position(a) - position(b));
  const full = sorted.filter(
    (m) => m.reading.kind === "person" && m.reading.words.length >= 2 && m.paragraph > 0,
  );
  const byLength = [...full].sort(
    (a, b) => wordsOf(b).length - wordsOf(a).length || position(a) - position(b),
  );
  for (const m of byLength) {
    const words = wordsOf(m);
    const { core, suffix } = splitSuffix(words);
    const home = groups.find((g) => isShorterFormOf(core, suffix, g));
    if (home) {
      attach(home, m);
      // "Chris Wray" named before "Christopher Wray": the page takes the name in full.
      if (core.length === home.core.length && isClippedFirstName(home.core[0]!, core[0]!)) {
        home.forms.add(home.words.join(" "));
        home.words = words;
        home.core = core;
      }
    } else
      groups.push({
        words,
        core,
        suffix,
        forms: new Set(),
        firstAt: position(m),
        mentions: [m],
        ...roleOf(m),
      });
  }
  for (const g of groups) nameJunior(g, groups);
  const singles = sorted.filter(
    (m) =>
      m.reading.kind === "single" ||
      (m.reading.kind === "person" && (m.reading.words.length === 1 || m.paragraph === 0)),
  );
  const pronouns = pronounsOfSurnames(singles);
  const pending: Mention[] = [];
  for (const m of singles) {
    const key = foldName(wordsOf(m).join(" "));
    const bySurname = groups.filter(
      (g) =>
        g.core.length >= 1 &&
        (g.core.slice(-key.split(" ").length).join(" ") === key ||
          withoutArabicArticle(g.core.at(-1)!) === key) &&
        !isJuniorOf(g, key),
    );
    const knighted = m.reading.kind === "person" && /^(sir|dame)$/i.test(m.reading.honorific ?? "");
    const byFirst = groups.filter(
      (g) =>
        g.core.length >= 2 &&
        g.core[0] === key &&
        (lex.firstNames.has(key) ||
          knighted ||
          // "his younger brother, Dzhokhar": a relative named by a first name the lists lack.
          m.relativeOf !== undefined ||
          firstWordFolds(key, g, groups, m)),
    );
    // "President Obama" three paragraphs before "first lady Michelle Obama": a surname used
    // before any full name with it means the famous bearer the reader already knows.
    const bearer = bySurname.length > 0 ? famousBearerOf(key) : undefined;
    const beforeAll =
      bearer !== undefined &&
      bySurname.every((g) => g.firstAt > position(m) && g.core.join(" ") !== bearer.join(" "));
    const home = beforeAll
      ? undefined
      : (pickNearest(bySurname, m, pronouns.get(key)) ??
        (byFirst.length === 1 ? byFirst[0] : undefined));
    const relative = home ? undefined : famousRelative(m, groups, singles);
    if (home) attach(home, m);
    else if (relative) {
      const same = groups.find((g) => g.core.join(" ") === relative.map(foldName).join(" "));
      if (same) attach(same, m);
      else
        groups.push({
          words: relative,
          core: relative.map((w) => foldName(w)),
          suffix: "",
          forms: new Set([formOf(m)]),
          firstAt: position(m),
          mentions: [m],
        });
    } else if (
      m.paragraph > 0 &&
      (m.reading.kind === "person" ||
        m.personCue ||
        // "Mr. Gross's wife, Judy": a relative named after a family noun.
        (m.relativeOf !== undefined && isAnyFirstName(wordsOf(m)[0]!)) ||
        (m.nextToSpeechVerb &&
          !m.inQuote &&
          !isCommonNoun(wordsOf(m)[0]!) &&
          // "told Axios", "according to Haaretz": a word no name list knows, named as the one
          // told or the source, is an outlet as often as a person.
          !(m.toldOrSource && !isListedName(wordsOf(m)[0]!))) ||
        (!m.weak && isFamousSingle(wordsOf(m)[0]!)) ||
        (!m.weak && !m.workTitle && m.modifiesNoun === true && isFamousSurname(wordsOf(m)[0]!)))
    ) {
      const words = wordsOf(m);
      groups.push({
        words,
        core: [key],
        suffix: "",
        // "Mrs Clinton": the courtesy title is the article's word on who the surname means.
        forms: new Set([formOf(m)]),
        firstAt: position(m),
        mentions: [m],
        ...roleOf(m),
      });
    } else pending.push(m);
  }
  for (const m of pending) {
    const key = foldName(wordsOf(m).join(" "));
    const home = groups.find((g) => g.core.length === 1 && g.core[0] === key);
    if (home) attach(home, m);
  }
  nameFromHeadline(groups, sorted);
  const longerNames = namesOfThings(mentions);
  const supported = groups.filter(
    (g) =>
      (g.mentions.some((m) => !isWeak(m)) ||
        (g.mentions.length > 1 && g.mentions.some((m) => m.reading.kind === "single"))) &&
      !isWorkTitle(g) &&
      !namesAThing(g, longerNames) &&
      !isNotAPersonName(
        g.words,
        g.mentions.some((m) => m.personCue || (m.reading.kind === "person" && m.reading.titled)),
      ),
  );
  groups.length = 0;
  groups.push(...supported);
  groups.sort((a, b) => a.firstAt - b.firstAt);
  for (const g of groups)
    if (!g.mentions.every((m) => listParagraphs.has(m.paragraph))) nameFamousBearer(g, groups);
  const people = groups.map((g) => {
    const name = g.words.join(" ");
    g.forms.delete(name);
    return { name, forms: [...g.forms].sort(), ...(g.role ? { role: g.role } : {}) };
  });
  const at = groups
    .flatMap((g) =>
      g.mentions.map((m) => ({
        person: g.words.join(" "),
        paragraph: m.paragraph,
        start: m.start,
        end: m.end,
        inQuote: m.inQuote,
        sentence: m.sentence,
        modifier: m.modifiesNoun === true && m.reading.kind === "single",
        qualifier: m.modifiesNoun === true,
        governed: m.governed === true,
      })),
    )
    .sort((a, b) => position(a) - position(b));
  const seenSentences = new Set<string>();
  return {
    people,
    // "Obama campaign spokesman Ben LaBolt countered…": a surname qualifying a noun is never the
    // sentence's subject; the next name may be.
    at: at.map(({ sentence, modifier, governed, ...m }) => {
      const key = `${m.paragraph}:${sentence}`;
      const subject = !m.inQuote && !modifier && !governed && !seenSentences.has(key);
      if (!m.inQuote && !modifier && !governed) seenSentences.add(key);
      return { ...m, subject };
    }),
  };
}

/**
 * "Jeb Bush Says Voters' Passions For Trump Will Pass" over a story that says only "Bush": the
 * headline's full name is the lone surname's, when it is the only one there with that surname
 * and the story names no one else so.
 */
function nameFromHeadline(groups: Group[], mentions: readonly Mention[]): void {
  const headlineNames = mentions.filter(
    (m) => m.paragraph === 0 && m.reading.kind === "person" && m.reading.words.length >= 2,
  );
  for (const g of groups) {
    if (g.core.length !== 1 || g.suffix) continue;
    const surname = g.core[0]!;
    const full = new Set(
      headlineNames
        .map((m) => wordsOf(m))
        .filter((w) => foldName(w.at(-1)!) === surname)
        .map((w) => w.join(" ")),
    );
    const others = groups.filter((o) => o !== g && o.core.at(-1) === surname);
    if (full.size !== 1 || others.length > 0) continue;
    g.forms.add(g.words.join(" "));
    g.words = [...full][0]!.split(" ");
    g.core = g.words.map((w) => foldName(w));
  }
}

/**
 * "Hillary Clinton called. Hillary and Elijah Cummings have popped off": a first name the story
 * already gave another surname keeps it; it took the surname after "and" only by guess.
 */
function withOwnSurname(m: Mention, all: readonly Mention[]): Mention {
  if (!m.sharedSurname || m.reading.kind !== "person") return m;
  const [first, shared] = m.reading.words;
  const elsewhere = all.some(
    (o) =>
      !o.sharedSurname &&
      o.reading.kind === "person" &&
      o.reading.words.length >= 2 &&
      o.reading.words[0] === first &&
      o.reading.words.at(-1) !== shared,
  );
  return elsewhere ? { ...m, reading: { kind: "single", word: first! } } : m;
}

/** One syllable of Hanyu Pinyin without tone marks ("xi", "jin", "ping", "sheng"). */
const PINYIN_SYLLABLE =
  "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u)";
const CHINESE_FAMILY_NAME = new RegExp(`^${PINYIN_SYLLABLE}$`, "iu");
const CHINESE_GIVEN_NAME = new RegExp(`^(?:${PINYIN_SYLLABLE}){1,2}$`, "iu");
/** "Joon-seok", "Myung-seok", "Jong-un": a Korean given name of two hyphened syllables. */
const KOREAN_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$/u;

/**
 * A lone word that is the first word of exactly one full name and no one's surname: "Mr. Xi"
 * beside "Xi Jinping", "Koh said" beside "Koh Myung-seok" (names written family name first: a
 * Chinese one-syllable family name and Pinyin given name, or a Korean hyphened given name), or a
 * first name the lists lack, when the word itself is plainly someone ("Randy said" beside "Randy
 * Kolb"). Not "Cotonsport" beside "Cotonsport Garoua", a club named with no person's cue.
 */
function firstWordFolds(key: string, g: Group, all: readonly Group[], m: Mention): boolean {
  const [family, given, ...rest] = g.words;
  if (given === undefined || g.suffix || g.words.slice(1).some((w) => isEnglishWord(w)))
    return false;
  if (all.some((o) => o.core.at(-1) === key) || all.filter((o) => o.core[0] === key).length !== 1)
    return false;
  const eastAsian =
    rest.length === 0 &&
    (KOREAN_GIVEN_NAME.test(given) ||
      (CHINESE_FAMILY_NAME.test(family!) && CHINESE_GIVEN_NAME.test(given)));
  const plainlySomeone =
    g.core.length <= 3 &&
    (m.nextToSpeechVerb || m.personCue || (m.reading.kind === "person" && m.reading.titled));
  return eastAsian || plainlySomeone;
}

/**
 * "Mr. McAuliffe" is no Christa McAuliffe, "Mr. Westwood" no Vivienne Westwood: the courtesy
 * title must not say the other sex than the bearer's first name. (Not the pronouns after it:
 * "her legal fight with President Trump" names the other party's.)
 */
function bearerFits(g: Group, bearer: readonly string[]): boolean {
  const sex = genderOf(bearer.join(" "));
  if (sex === undefined) return true;
  const said = g.mentions.flatMap((m) => {
    const title = m.reading.kind === "person" ? m.reading.honorific : undefined;
    const bySex = title ? sexOfHonorific(title) : undefined;
    return bySex ? [bySex] : [];
  });
  return !said.some((x) => x !== sex);
}

const NAME_PARTICLES = new Set([
  "van",
  "von",
  "de",
  "der",
  "den",
  "da",
  "di",
  "du",
  "la",
  "le",
  "bin",
  "al",
]);

/**
 * A person the article names only by surname ("Obama", "Mr. Putin") gets the full name of the
 * one famous bearer of that surname, when no one else in the article shares it; the surname
 * stays among the forms. The first names come from the knowledge source, the surname keeps the
 * article's spelling ("McConnell", not "Mcconnell").
 */
function nameFamousBearer(g: Group, all: readonly Group[]): void {
  // "whose minister father John": a relative named by first name is no famous surname.
  if (g.core.length !== 1 || g.suffix || g.mentions.some((m) => m.relativeOf)) return;
  const surname = g.words[0]!;
  // A full name with the surname introduced before the lone surname was used makes it theirs.
  if (all.some((o) => o !== g && o.core.at(-1) === g.core[0] && o.firstAt < g.firstAt)) return;
  const readings = g.mentions.flatMap((m) => (m.reading.kind === "person" ? [m.reading] : []));
  const title = readings.some((r) => r.role)
    ? "office"
    : readings.some((r) => r.honorific)
      ? "courtesy"
      : "none";
  const bearer = famousBearerOf(surname, title);
  if (!bearer || !bearerFits(g, bearer)) return;
  const upper = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  // "ludwig van beethoven" → "Ludwig van Beethoven": name particles stay lower-case.
  const first = bearer.slice(0, -1).map((w, i) => (i > 0 && NAME_PARTICLES.has(w) ? w : upper(w)));
  // "Cech" → "Čech": the encyclopaedia's letters when they differ only by diacritics the article dropped.
  const known = bearer.at(-1)!;
  const spelled =
    known !== surname.toLowerCase() && surname === surname.normalize("NFD").replace(/\p{M}/gu, "")
      ? upper(known)
      : surname;
  g.forms.add(surname);
  g.words = [...first, spelled];
  g.core = g.words.map((w) => foldName(w));
}

/**
 * A surname the encyclopaedia gives one famous bearer and no article of its own ("Trump" in
 * "the Trump campaign", "Putin" in "a Putin ally"): a mention of that person even as a
 * modifier. Not a word that is itself a title ("Boeing", "Disney"), an organisation or a place.
 */
function isFamousSurname(word: string): boolean {
  const key = foldName(word);
  const lex = loadLexicon();
  if (wikipediaTitles().has(key) || lex.organisations.has(key) || lex.places.has(key)) return false;
  return famousBearerOf(word) !== undefined;
}

/** A name whose only evidence is unfamiliar capitalised words ("Allied Domecq") needs a speech verb, a title or a lone-surname mention. */
function isWeak(m: Mention): boolean {
  return (
    m.reading.kind === "person" &&
    m.reading.weakEvidence === true &&
    !m.nextToSpeechVerb &&
    !m.personCue
  );
}

/** "Analysts said", "MPs said", "He said": an ordinary word, a plural or a pronoun next to a speech verb is no name. */
function isCommonNoun(word: string): boolean {
  const lex = loadLexicon();
  const key = foldName(word);
  if (/^\p{Lu}{2,}s$/u.test(word) || /^(i|he|she|it|we|they|you)$/.test(key)) return true;
  // "says Democratic pollster Celinda Lake": a party or nationality word is never the speaker.
  if (PARTY_ALIASES[key] || key === "democratic" || lex.demonyms.has(key)) return true;
  // "Britons said", "Latinos say", "Midwestern": a people or a region's adjective.
  if (lex.demonyms.has(key.replace(/e?s$/, "")) || /ern$/.test(key)) return true;
  if (isListedName(word)) return false;
  // "Gallup", "Axios": something the encyclopaedia has under that one name, unless it is a
  // famous person's surname.
  if (isWikipediaTitle(word) && famousBearerOf(word) === undefined) return true;
  // "Prosecutors said", "Organisers said": plural job nouns the lexicon does not list.
  return (
    lex.commonWords.has(key) ||
    lex.commonWords.has(key.replace(/e?s$/, "")) ||
    /(?:ers|ors|ists|ants|ents|ians|ives|ees)$/.test(key)
  );
}

/** The organisations and places the article names, as written ("Sandy Hook Elementary School"). */
function namesOfThings(mentions: readonly Mention[]): string[] {
  return mentions.flatMap((m) =>
    m.reading.kind === "organisation"
      ? [m.reading.whole ?? m.reading.name, m.surface]
      : m.reading.kind === "place"
        ? [m.reading.name, m.surface]
        : [],
  );
}

/**
 * "at Sandy Hook" beside "Sandy Hook Elementary School", "the king of Jordan" in a story that lists
 * "Mali, Jordan and Turkey" as places, "Bain" beside "Bain Capital": a name the same story reads
 * as an organisation or a place, or that begins the name of one, is that thing's (short) name,
 * without a person's own cue (a title, a role, a speech verb). A lone famous surname is kept:
 * "Trump" beside "Trump Organization" stays the person.
 */
function namesAThing(g: Group, things: readonly string[]): boolean {
  const name = g.words.join(" ");
  const lone = g.words.length === 1;
  return (
    things.some((t) => t.startsWith(`${name} `) || (lone && t === name)) &&
    !hasPersonCue(g) &&
    !(lone && isFamousSurname(name))
  );
}

function hasPersonCue(g: Group): boolean {
  return g.mentions.some(
    (m) =>
      m.personCue ||
      m.nextToSpeechVerb ||
      m.cuedRole !== undefined ||
      (m.reading.kind === "person" && (m.reading.titled || m.reading.role !== undefined)),
  );
}

function isListedName(word: string): boolean {
  const lex = loadLexicon();
  const key = foldName(word);
  return lex.firstNames.has(key) || lex.lastNames.has(key) || isFamousSingle(word);
}

/** Named as a work's title ("the film Mary Poppins") and never as someone speaking or titled. */
function isWorkTitle(g: Group): boolean {
  return (
    g.mentions.some((m) => m.workTitle) &&
    !g.mentions.some((m) => m.nextToSpeechVerb || (m.reading.kind === "person" && m.reading.titled))
  );
}

function wordsOf(m: Mention): string[] {
  if (m.reading.kind === "person") return m.reading.words;
  if (m.reading.kind === "single") return [m.reading.word];
  return [];
}

/** The words an article uses for the person, with a courtesy title but no office ("Mr Hale"). */
function formOf(m: Mention): string {
  const words = wordsOf(m).join(" ");
  return m.reading.kind === "person" && m.reading.honorific
    ? `${m.reading.honorific} ${words}`
    : words;
}

function roleOf(m: Mention): { role?: string } {
  const role = (m.reading.kind === "person" ? m.reading.role : undefined) ?? m.cuedRole;
  return role ? { role } : {};
}

function attach(group: Group, m: Mention): void {
  group.mentions.push(m);
  group.forms.add(formOf(m));
  group.firstAt = Math.min(group.firstAt, position(m));
  if (!group.role) group.role = roleOf(m).role;
}

/**
 * "President Trump's eldest son, Donald Trump Jr.": a namesake introduced as the relative of the
 * surname's bearer never takes the lone surname, which stays the bearer's ("Trump said").
 */
function isJuniorOf(g: Group, surname: string): boolean {
  return (
    g.suffix !== "" &&
    g.mentions.some((m) => m.relativeOf !== undefined && foldName(m.relativeOf) === surname)
  );
}

/**
 * "his sons, Donald Jr. and Eric" beside "Donald Trump": a first name and a generational suffix
 * after a family noun is the son who shares a full name's first name ("Donald Trump Jr.").
 */
function nameJunior(g: Group, all: readonly Group[]): void {
  if (g.core.length !== 1 || !g.suffix || !g.mentions.some((m) => m.relativeOf)) return;
  const fathers = all.filter((o) => o.core.length === 2 && !o.suffix && o.core[0] === g.core[0]);
  if (fathers.length !== 1) return;
  const father = fathers[0]!;
  g.forms.add(g.words.join(" "));
  g.words = [father.words[0]!, father.words[1]!, g.words.at(-1)!];
  g.core = [...father.core];
}

/**
 * "Trump's daughter Ivanka", "his sons, Donald Jr. and Eric": a first name after a family noun
 * is the relative of whoever the possessive names (or, for "his"/"her"/"whose", the person named
 * last before it), when the encyclopaedia knows that first name with that surname ("Ivanka
 * Trump"); a relative it does not know ("Mr. Gross's wife, Judy") keeps the article's name.
 */
function famousRelative(
  m: Mention,
  groups: readonly Group[],
  singles: readonly Mention[],
): string[] | undefined {
  if (!m.relativeOf || m.reading.kind !== "single") return undefined;
  const first = m.reading.word;
  if (!loadLexicon().firstNames.has(foldName(first))) return undefined;
  let surname: string | undefined = m.relativeOf;
  if (surname === "pronoun") {
    const named = [
      ...groups.flatMap((g) =>
        g.mentions.map((o) => ({ at: position(o), surname: g.words[g.core.length - 1]! })),
      ),
      ...singles.filter((o) => o !== m).map((o) => ({ at: position(o), surname: wordsOf(o)[0]! })),
    ]
      .filter((n) => n.at < position(m))
      .sort((a, b) => b.at - a.at);
    surname = named[0]?.surname;
  }
  return surname && isWikipediaTitle(`${first} ${surname}`) ? [first, surname] : undefined;
}

/**
 * Which gender the pronouns after each lone surname mostly point to ("Clinton has been less
 * successful at defining her primary challenger"): the article's word on which Clinton it means.
 */
function pronounsOfSurnames(singles: readonly Mention[]): Map<string, "male" | "female"> {
  const votes = new Map<string, number>();
  for (const m of singles) {
    if (!m.pronounAfter) continue;
    const key = foldName(wordsOf(m).join(" "));
    votes.set(key, (votes.get(key) ?? 0) + (m.pronounAfter === "male" ? 1 : -1));
  }
  const out = new Map<string, "male" | "female">();
  for (const [key, vote] of votes) if (vote !== 0) out.set(key, vote > 0 ? "male" : "female");
  return out;
}

/** Of several namesakes, the one mentioned last before `m` (else the one its pronouns fit, else the first one). */
function pickNearest(
  candidates: Group[],
  m: Mention,
  pronoun: "male" | "female" | undefined,
): Group | undefined {
  if (candidates.length <= 1) return candidates[0];
  // "said Charles Kim, whose wife, Young Kim, is running … “…,” Mr. Kim said": the courtesy
  // title's sex picks the one namesake whose first name has it.
  const honorific = m.reading.kind === "person" ? m.reading.honorific : undefined;
  const titled = honorific ? sexOfHonorific(honorific) : undefined;
  const ofThatSex = candidates.filter((g) => titled && genderOf(g.words.join(" ")) === titled);
  if (ofThatSex.length === 1) return ofThatSex[0];
  // The one the article already calls by the lone surname keeps it ("Obama said" stays the
  // president's after "first lady Michelle Obama" is named once).
  const bySurnameBefore = candidates.filter((g) =>
    g.mentions.some((o) => wordsOf(o).length === 1 && position(o) < position(m)),
  );
  if (bySurnameBefore.length === 1) return bySurnameBefore[0];
  // "Jeb Bush said … the former governor said of George W. Bush … Bush is moving toward a bid":
  // a namesake last named as an object ("of George W. Bush") is less likely meant than one
  // named as a subject, so the last mention as a subject counts first.
  const lastBefore = (g: Group, asSubject: boolean) =>
    Math.max(
      ...g.mentions
        .filter((o) => !asSubject || (!o.governed && !o.inQuote))
        .map(position)
        .filter((p) => p < position(m)),
      -1,
    );
  const asSubject = candidates.some((g) => lastBefore(g, true) >= 0);
  const before = candidates
    .map((g) => ({ g, last: lastBefore(g, asSubject) }))
    .sort((a, b) => b.last - a.last);
  // "Edwards said … that he loved Quinn" after "Elizabeth Edwards' outbursts": the "he" after the
  // surname outweighs the namesake named last, when it fits only one of them.
  if (m.subjectPronounAfter) {
    const fit = candidates.filter((g) => genderOf(g.words.join(" ")) === m.pronounAfter);
    if (fit.length === 1 && genderOf(before[0]!.g.words.join(" ")) !== m.pronounAfter)
      return fit[0];
  }
  if (before[0]!.last >= 0) return before[0]!.g;
  // None named yet: the one the pronouns after the lone surname fit, when they fit only one.
  const fits = candidates.filter((g) => pronoun && genderOf(g.words.join(" ")) === pronoun);
  return fits.length === 1 ? fits[0] : candidates[0];
}
