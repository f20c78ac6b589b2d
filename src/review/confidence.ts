// How sure Gazette is that an extracted person or tag deserves a page, from evidence the
// site already has (the front matter of every article), not from a guess per article: a
// name seen in several stories, quoted, given a role or named in the headline is rarely a
// mistake; a single passing mention is where the extractor's errors live. Scores run 0–1;
// pages are given at or above the site's `reviewThreshold` (0.5 by default).

/** What the site's articles say about one person (a name and the spellings sharing its URL). */
export interface PersonEvidence {
  /** Articles naming them. */
  articles: number;
  /** Some article gives two or more words of the name ("Mara Oyelaran", not "Oyelaran"). */
  fullName: boolean;
  /** Some article gives them a role ("Mayor of Harbourton", "chief executive"). */
  titled: boolean;
  /** Some article quotes them as the speaker. */
  quoted: boolean;
  /** Some article names them in more than one form ("Mara Oyelaran" … "Ms Oyelaran"). */
  repeated: boolean;
  /** Some article names them in its headline or lede. */
  prominent: boolean;
  /** The articles disagree: some article has the same name as a tag ("Aviator", "Ford"). */
  contested: boolean;
}

/** What the site's articles say about one tag. */
export interface TagEvidence {
  articles: number;
  /** Some article lists it first, as its most salient tag (it is that article's kicker). */
  leading: boolean;
  /** Some article names it in its headline or lede. */
  prominent: boolean;
  /** The articles disagree: some article has the same name as a person. */
  contested: boolean;
}

// Weights, chosen so that clear evidence passes 0.5 on its own: a quoted, titled or repeated
// full name, a name in two articles. What is left below is mostly the extractor's mistakes
// and passing mentions: a bare word once ("Tussauds": 0), a full name once (0.2), a titled
// single word ("Jnr": 0.3), a full name in a headline that may be a film or a book ("Vera
// Drake": 0.4). Tags start at 0.5: the extractor keeps only an article's ten most salient
// places, organisations and topics, and a wrong tag page does less harm than a wrong person;
// a tag waits for the editor when the articles disagree on what the name is. Measured in docs/review.md.
const PERSON_WEIGHTS = {
  fullName: 0.2,
  titled: 0.3,
  quoted: 0.3,
  repeated: 0.3,
  prominent: 0.2,
  contested: -0.3,
} as const;
const TAG_WEIGHTS = { leading: 0.2, prominent: 0.1, contested: -0.1 } as const;

/** Agreement across articles: a person in one article scores 0, in two 0.5, in three or more 0.6. */
function acrossArticles(articles: number): number {
  return articles >= 3 ? 0.6 : articles === 2 ? 0.5 : 0;
}

const clamp = (score: number) => Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;

/**
 * @example
 * personConfidence({ articles: 1, fullName: true, titled: false, quoted: true, repeated: false, prominent: false, contested: false }) //=> 0.5
 */
export function personConfidence(e: PersonEvidence): number {
  let score = acrossArticles(e.articles);
  for (const key of Object.keys(PERSON_WEIGHTS) as (keyof typeof PERSON_WEIGHTS)[])
    if (e[key]) score += PERSON_WEIGHTS[key];
  return clamp(score);
}

/**
 * @example
 * tagConfidence({ articles: 1, leading: false, prominent: false, contested: true }) //=> 0.4
 */
export function tagConfidence(e: TagEvidence): number {
  // One article 0.5, two 0.6, three or more 0.7.
  let score = e.articles >= 3 ? 0.7 : e.articles === 2 ? 0.6 : 0.5;
  for (const key of Object.keys(TAG_WEIGHTS) as (keyof typeof TAG_WEIGHTS)[])
    if (e[key]) score += TAG_WEIGHTS[key];
  return clamp(score);
}

/** The evidence found, as words for the review list: ["full name", "quoted"]. */
export function describeEvidence(e: PersonEvidence | TagEvidence): string[] {
  return Object.entries(e)
    .filter(([, value]) => value === true)
    .map(([key]) => (key === "fullName" ? "full name" : key));
}
