// Ranks other articles by what they share with one article: people count more than tags, and a
// name or tag shared by few articles counts more than one shared by thousands (so "United
// Kingdom" does not make every British story related). Uses an inverted index: the cost grows
// with the articles that share something, not with the square of the site.

export interface Relatable {
  slug: string;
  date: string;
  people: readonly string[];
  tags: readonly string[];
}

const PERSON_WEIGHT = 2;
const TAG_WEIGHT = 1;
/** Entities on more articles than this are too common to say two stories are related. */
const MAX_SHARED = 400;

export function relatedArticles<T extends Relatable>(articles: readonly T[], limit = 4): Map<string, T[]> {
  const index = new Map<string, number[]>();
  const keys = (article: Relatable) => [...article.people.map((p) => `p:${p}`), ...article.tags.map((t) => `t:${t}`)];
  articles.forEach((article, position) => {
    for (const key of keys(article)) {
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      list.push(position);
    }
  });
  const related = new Map<string, T[]>();
  articles.forEach((article, position) => {
    const scores = new Map<number, number>();
    for (const key of keys(article)) {
      const sharing = index.get(key)!;
      if (sharing.length < 2 || sharing.length > MAX_SHARED) continue;
      const weight = (key.startsWith("p:") ? PERSON_WEIGHT : TAG_WEIGHT) / Math.log2(1 + sharing.length);
      for (const other of sharing) if (other !== position) scores.set(other, (scores.get(other) ?? 0) + weight);
    }
    const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || compareNewestFirst(articles[a[0]]!, articles[b[0]]!));
    related.set(article.slug, ranked.slice(0, limit).map(([other]) => articles[other]!));
  });
  return related;
}

/** Newest first; equal dates by slug, so the order never depends on file order. */
export function compareNewestFirst(a: { date: string; slug: string }, b: { date: string; slug: string }): number {
  const byDate = timeOf(b.date) - timeOf(a.date);
  return byDate !== 0 ? byDate : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

// Sorting calls the comparator n·log n times; parsing each date once keeps big sorts cheap.
const parsedDates = new Map<string, number>();
function timeOf(date: string): number {
  let time = parsedDates.get(date);
  if (time === undefined) {
    if (parsedDates.size >= 200_000) parsedDates.clear();
    parsedDates.set(date, (time = Date.parse(date)));
  }
  return time;
}
