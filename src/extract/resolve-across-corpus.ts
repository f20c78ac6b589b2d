// The corpus-wide pass. (1) A person an article knows only by a lone surname ("Blair")
// takes the full name ("Tony Blair") when exactly one full name with that surname is
// known anywhere in the corpus; quote speakers follow. (2) Places, organisations and
// topics that differ only in spelling of case or diacritics ("Nato"/"NATO") all take
// the spelling most articles use. (3) People whose names differ only in full stops ("George W
// Bush"/"George W. Bush") take the spelling most articles use. (4) An acronym tag ("EU") joins
// the full name whose initials it is ("European Union") when both occur in the corpus. (5) One
// entity, one reading: a name most articles read as an organisation or a place ("Arsenal") is
// no person in the article that read it as one. (6) Two names of one tag join (tagVariants):
// "Group of Eight" / "G8", "Exeter" / "Exeter City". Pure: returns new objects, same order.
import type { ExtractedPerson, Extraction } from "./types.ts";
import { foldName } from "./fold-name.ts";
import { bearersOf, famousBearerOf } from "./knowledge/famous-people.ts";
import { isWikipediaTitle } from "./knowledge/wikipedia-titles.ts";
import { genderOf } from "./name-gender.ts";
import { HONORIFIC_GENDER, HONORIFICS, officeWordsOf, PEERAGE_TITLES } from "./title-words.ts";
import { tagVariants } from "./tag-variants.ts";

const SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/;

/** Folded surname of a full name, ignoring a generational suffix. */
export function surnameKey(name: string): string | undefined {
  const words = foldName(name).split(" ");
  if (words.length < 2) return undefined;
  const core = SUFFIX.test(words[words.length - 1]!) ? words.slice(0, -1) : words;
  return core.length >= 2 ? core[core.length - 1] : undefined;
}

/**
 * The full name a bare surname means on this site: the only one with that surname, or one the
 * site names in three times as many articles as any other ("George W Bush" in 40 stories,
 * "Laura Bush" in 2), in three articles at least.
 */
export function dominantName(
  candidates: ReadonlySet<string>,
  articlesNaming: ReadonlyMap<string, number>,
): string | undefined {
  if (candidates.size === 1) return [...candidates][0];
  const [first, second] = [...candidates]
    .map((name) => ({ name, articles: articlesNaming.get(name) ?? 0 }))
    .sort((a, b) => b.articles - a.articles || (a.name < b.name ? -1 : 1));
  return first!.articles >= 3 && first!.articles >= 3 * second!.articles ? first!.name : undefined;
}

/** "Barack Obama" is the famous bearer of "Obama". */
const isFamousBearer = (fullName: string, surname: string) =>
  famousBearerOf(surname)?.join(" ") === foldName(fullName);

/**
 * May an article's bare surname take the one full name with that surname on the site? Not when
 * the encyclopaedia has an article under the lone name itself, nor when it knows a bearer of the surname who may be of the other sex ("Clinton": Bill
 * and Hillary), unless the full name is the famous bearer ("Obama") or the article's
 * "Mr"/"Mrs" agrees with it ("Mr Blair" is not Cherie).
 */
export function surnameSettles(person: ExtractedPerson, fullName: string): boolean {
  // "Cicero", "Plato": a lone name the encyclopaedia has an article for means its subject, not
  // the one namesake the site happens to name in full ("Andrea Lo Cicero", a rugby player).
  if (isWikipediaTitle(person.name) && !isFamousBearer(fullName, person.name)) return false;
  const wanted = genderOf(fullName.split(" ")[0]!);
  const others = bearersOf(person.name).filter((words) => words.join(" ") !== foldName(fullName));
  // A first name of no known sex ("Bill" is a word too) may be either.
  if (others.every((words) => wanted !== undefined && genderOf(words[0]!) === wanted)) return true;
  if (isFamousBearer(fullName, person.name)) return true;
  return person.forms.some((form) => {
    const title = courtesyTitleOf(form);
    return wanted !== undefined && title !== undefined && HONORIFIC_GENDER[title] === wanted;
  });
}

/** The office words of each full name's roles across the site ("US President" → "president"). */
function officesHeld(extractions: readonly Extraction[]): Map<string, Set<string>> {
  const held = new Map<string, Set<string>>();
  for (const e of extractions)
    for (const p of e.people) {
      if (!p.role || !p.name.includes(" ")) continue;
      const words = officeWordsOf(p.role);
      if (words.length > 0) held.set(p.name, new Set([...(held.get(p.name) ?? []), ...words]));
    }
  return held;
}

/**
 * "President Bush" on a site whose only Bush named in full in three times as many stories is
 * "US President George W Bush": the office the article gives settles the surname, whatever
 * other bearers the encyclopaedia knows (Kate Bush, a singer, holds no presidency here).
 */
function holdsSameOffice(
  p: ExtractedPerson,
  fullName: string,
  offices: ReadonlyMap<string, ReadonlySet<string>>,
): boolean {
  if (!p.role) return false;
  const held = offices.get(fullName);
  return officeWordsOf(p.role).some((w) => held?.has(w) === true);
}

/** The courtesy title or peerage a form of a name opens with ("Mr. Hill" → "mr"), if any. */
function courtesyTitleOf(form: string): string | undefined {
  const first = foldName(form.split(" ")[0]!.replace(/\.$/, ""));
  return HONORIFICS.has(first) || PEERAGE_TITLES.has(first) ? first : undefined;
}

export function resolveAcrossCorpus(extractions: readonly Extraction[]): Extraction[] {
  const fullNames = new Map<string, Set<string>>();
  for (const e of extractions)
    for (const p of e.people) {
      const key = surnameKey(p.name);
      if (key && !/^(lord|lady|baroness|baron) /i.test(p.name))
        fullNames.set(key, (fullNames.get(key) ?? new Set()).add(p.name));
    }
  const articlesNaming = new Map<string, number>();
  for (const e of extractions)
    for (const p of e.people) articlesNaming.set(p.name, (articlesNaming.get(p.name) ?? 0) + 1);
  const offices = officesHeld(extractions);
  const spelling = withAcronyms(preferredSpellings(extractions));
  const variants = corpusTagVariants(extractions, spelling);
  const personSpelling = preferredPersonSpellings(extractions);
  const notPeople = namesMostlyNotPeople(extractions);
  const groupNames = namesOfOrganisations(extractions);
  return extractions.map((e) => {
    const renamed = new Map<string, string>();
    for (const p of e.people) {
      const respelled = personSpelling.get(personKey(p.name));
      if (respelled && respelled !== p.name) renamed.set(p.name, respelled);
      const mononym = mononymOf(p, articlesNaming, fullNames);
      if (mononym) renamed.set(p.name, mononym);
      if (p.name.includes(" ")) continue;
      const candidates = fullNames.get(foldName(p.name));
      const only = candidates && dominantName(candidates, articlesNaming);
      if (only && (surnameSettles(p, only) || holdsSameOffice(p, only, offices)))
        renamed.set(p.name, only);
    }
    const quoted = new Set(e.quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])));
    const dropped = new Set(
      e.people
        .filter(
          (p) =>
            notPeople.has(foldName(p.name)) ||
            (groupNames.has(foldName(p.name)) && !hasPersonEvidence(p, quoted)),
        )
        .map((p) => p.name),
    );
    const respell = (names: string[], join = false) =>
      dedupe(
        names.map((n) => {
          const spelled = spelling.get(foldName(n)) ?? n;
          const variant = join ? variants.get(spelled) : undefined;
          return variant && (isAcronymTag(spelled) || e.organisations.includes(n))
            ? variant
            : spelled;
        }),
      );
    return {
      ...e,
      people: mergePeople(
        e.people
          .filter((p) => !dropped.has(p.name))
          .map((p) => renamePerson(p, renamed.get(p.name))),
      ),
      places: respell(e.places, true),
      organisations: respell(e.organisations, true),
      topics: respell(e.topics),
      ...(e.notTags ? { notTags: respell(e.notTags) } : {}),
      ...(e.passing ? { passing: respell(e.passing) } : {}),
      quotes: e.quotes.map((q) =>
        q.speaker && dropped.has(q.speaker)
          ? { text: q.text }
          : q.speaker && renamed.has(q.speaker)
            ? { ...q, speaker: renamed.get(q.speaker)! }
            : { ...q },
      ),
    };
  });
}

/**
 * "Jamelia Davis" in the one story that gives the singer's full name, "Jamelia" in the others:
 * a full name whose first word the story also uses alone, and which the site names alone in more
 * articles than in full (and as no one's surname), joins the one-word page.
 */
function mononymOf(
  p: ExtractedPerson,
  articlesNaming: ReadonlyMap<string, number>,
  fullNames: ReadonlyMap<string, Set<string>>,
): string | undefined {
  const first = p.name.split(" ")[0]!;
  if (first === p.name || !p.forms.includes(first) || fullNames.has(foldName(first))) return;
  const alone = articlesNaming.get(first) ?? 0;
  return alone >= 2 && alone > (articlesNaming.get(p.name) ?? 0) ? first : undefined;
}

function renamePerson(p: ExtractedPerson, to: string | undefined): ExtractedPerson {
  if (!to) return { ...p, forms: [...p.forms] };
  return {
    ...p,
    name: to,
    forms: [...new Set([...p.forms, p.name])].filter((f) => f !== to).sort(),
  };
}

/** Joins people who now share a name (an article with "Blair" and "Tony Blair" stays one person). */
export function mergePeople(people: readonly ExtractedPerson[]): ExtractedPerson[] {
  const byName = new Map<string, ExtractedPerson>();
  for (const p of people) {
    const seen = byName.get(p.name);
    if (!seen) byName.set(p.name, { ...p, forms: [...p.forms] });
    else
      byName.set(p.name, {
        ...seen,
        ...((seen.role ?? p.role) ? { role: seen.role ?? p.role } : {}),
        forms: [...new Set([...seen.forms, ...p.forms])].sort(),
      });
  }
  return [...byName.values()];
}

/** For each folded name, the spelling used by most articles (ties: alphabetical). */
function preferredSpellings(extractions: readonly Extraction[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const e of extractions)
    for (const name of [...e.places, ...e.organisations, ...e.topics]) {
      const key = foldName(name);
      const forKey = votes.get(key) ?? new Map<string, number>();
      forKey.set(name, (forKey.get(name) ?? 0) + 1);
      votes.set(key, forKey);
    }
  const preferred = new Map<string, string>();
  for (const [key, counts] of votes) {
    const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    preferred.set(key, best[0]);
  }
  return preferred;
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(n) && Boolean(seen.add(n)));
}

/** A person's name without full stops, folded: "George W. Bush" and "George W Bush" share it. */
const personKey = (name: string) => foldName(name.replace(/\./g, " "));

/** For each person key, the spelling used by most articles (ties: the longer, then alphabetical). */
function preferredPersonSpellings(extractions: readonly Extraction[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const e of extractions)
    for (const p of e.people) {
      const forKey = votes.get(personKey(p.name)) ?? new Map<string, number>();
      forKey.set(p.name, (forKey.get(p.name) ?? 0) + 1);
      votes.set(personKey(p.name), forKey);
    }
  const preferred = new Map<string, string>();
  for (const [key, counts] of votes) {
    if (counts.size < 2) continue;
    const best = [...counts].sort(
      (a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1),
    )[0]!;
    preferred.set(key, best[0]);
  }
  return preferred;
}

const INITIALS_SKIP = new Set(["of", "the", "and", "for", "de", "&"]);
/** "European Union" → "eu"; "United Nations" → "un". */
const initialsOf = (name: string) =>
  foldName(name)
    .split(/[\s-]+/)
    .filter((w) => w && !INITIALS_SKIP.has(w))
    .map((w) => w[0])
    .join("");

/**
 * Acronym tags join the full name they abbreviate when the corpus has both: "EU" takes the
 * spelling chosen for "European Union". Only all-capital tags of two to six letters, and only
 * when exactly one full name in the corpus has those initials.
 */
function withAcronyms(spelling: Map<string, string>): Map<string, string> {
  const byInitials = new Map<string, string[]>();
  for (const [key, display] of spelling) {
    if (!key.includes(" ")) continue;
    const initials = initialsOf(display);
    if (initials.length >= 2)
      byInitials.set(initials, [...(byInitials.get(initials) ?? []), display]);
  }
  const out = new Map(spelling);
  for (const [key, display] of spelling) {
    if (!/^(?:\p{Lu}\.?){2,6}$/u.test(display)) continue;
    const full = byInitials.get(display.replace(/\./g, "").toLowerCase());
    if (full?.length === 1) out.set(key, full[0]!);
  }
  return out;
}

/**
 * Names of two words or more that articles read as an organisation ("Franz Ferdinand" after
 * "rock band Franz Ferdinand", "Grant Thornton" after "accountancy firm") at least as often as
 * articles give them a person's evidence (a role, a quote, "Mr"): one entity, one reading, so
 * they are no person elsewhere without a person's evidence there.
 */
function namesOfOrganisations(extractions: readonly Extraction[]): Set<string> {
  const asOrganisation = new Map<string, number>();
  const asPerson = new Map<string, number>();
  for (const e of extractions) {
    for (const n of new Set(e.organisations.filter((o) => o.includes(" ")).map(foldName)))
      asOrganisation.set(n, (asOrganisation.get(n) ?? 0) + 1);
    const quoted = new Set(e.quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])));
    const evidenced = e.people.filter((p) => hasPersonEvidence(p, quoted));
    for (const n of new Set(evidenced.map((p) => foldName(p.name))))
      asPerson.set(n, (asPerson.get(n) ?? 0) + 1);
  }
  // One misreading must not unmake a person across a large site: "Mitt Romney" read as an
  // organisation in one story ("the Mitt Romney campaign"), a candidate with a role in many.
  return new Set(
    [...asOrganisation].filter(([n, count]) => count >= (asPerson.get(n) ?? 0)).map(([n]) => n),
  );
}

/** A role, a quote or a courtesy title ("Mr Hill") in the article: someone, not something. */
function hasPersonEvidence(p: ExtractedPerson, quoted: ReadonlySet<string>): boolean {
  return (
    Boolean(p.role) ||
    quoted.has(p.name) ||
    p.forms.some((form) => courtesyTitleOf(form) !== undefined)
  );
}

/**
 * Tag variants across the corpus (tagVariants, corpus mode): "EU" joins "European Union" when
 * another article spells it out, "Exeter" read as an organisation joins "Exeter City", "EMI
 * Music" joins "EMI". Places keep their names here: in one article "Newcastle" may be the
 * club, in another the city, and tagsOf joins them only where the article names the club.
 */
function corpusTagVariants(
  extractions: readonly Extraction[],
  spelling: ReadonlyMap<string, string>,
): Map<string, string> {
  const articles = new Map<string, number>();
  const asOrganisation = new Set<string>();
  const spelled = (n: string) => spelling.get(foldName(n)) ?? n;
  for (const e of extractions) {
    for (const name of new Set([...e.places, ...e.organisations].map(spelled)))
      articles.set(name, (articles.get(name) ?? 0) + 1);
    for (const name of e.organisations) asOrganisation.add(spelled(name));
  }
  const places = new Set([...articles.keys()].filter((name) => !asOrganisation.has(name)));
  return tagVariants([...articles.keys()], { places, articles, corpus: true });
}

const isAcronymTag = (name: string) => /^(?:\p{Lu}\.?){2,6}$/u.test(name);

/** Folded names that articles read as an organisation or place at least twice as often as a person (and in two articles at least). */
function namesMostlyNotPeople(extractions: readonly Extraction[]): Set<string> {
  const asPerson = new Map<string, number>();
  const asOther = new Map<string, number>();
  for (const e of extractions) {
    for (const p of e.people)
      asPerson.set(foldName(p.name), (asPerson.get(foldName(p.name)) ?? 0) + 1);
    for (const n of new Set([...e.organisations, ...e.places].map(foldName)))
      asOther.set(n, (asOther.get(n) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [name, people] of asPerson) {
    const other = asOther.get(name) ?? 0;
    if (other >= 2 && other >= 2 * people) out.add(name);
  }
  return out;
}
