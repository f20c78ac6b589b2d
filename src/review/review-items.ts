// Every person and tag of the site with its article count, confidence and review status,
// grouped the way render groups them (by URL slug: "NATO" and "Nato" are one page). Render
// uses the status to decide which get pages; `gazette review` lists the pending ones.
import type { ArticleFrontMatter } from "../article.ts";
import { nameSlug } from "../urls.ts";
import {
  personConfidence,
  tagConfidence,
  type PersonEvidence,
  type TagEvidence,
} from "./confidence.ts";
import type { Decisions } from "./read-decisions.ts";

export type ReviewArticle = Pick<
  ArticleFrontMatter,
  "title" | "description" | "date" | "people" | "tags" | "roles" | "aliases" | "quotes"
> & { body: string; file: string };

export type EntityKind = "person" | "tag";

/**
 * - `accepted`: the editor approved it (or wrote notes on it): it has a page whatever its score;
 * - `confident`: at or above the threshold: it has a page;
 * - `pending`: below the threshold and not decided: no page until the editor accepts it;
 * - `decided`: rejected, merged or renamed by the editor, and still in pages ingest has not
 *   rewritten yet: no page, and not asked about again.
 */
export type ReviewStatus = "accepted" | "confident" | "pending" | "decided";

export interface ReviewItem {
  kind: EntityKind;
  /** The spelling most articles use. */
  name: string;
  slug: string;
  articles: number;
  confidence: number;
  evidence: PersonEvidence | TagEvidence;
  status: ReviewStatus;
  /** The oldest article naming it, and the forms it uses there: where its context comes from. */
  firstArticle: ReviewArticle;
  forms: string[];
}

interface Group {
  spellings: Map<string, number>;
  articles: ReviewArticle[];
  evidence: PersonEvidence & TagEvidence;
}

const wordsOf = (name: string) => name.split(/\s+/).filter(Boolean).length;

/** Site articles + the editor's decisions → one item per person and per tag, most articles first. */
export function reviewItems(
  articles: readonly ReviewArticle[],
  decisions: Decisions,
  threshold: number,
): ReviewItem[] {
  const oldestFirst = [...articles].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.file < b.file ? -1 : 1,
  );
  const people = new Map<string, Group>();
  const tags = new Map<string, Group>();
  for (const article of oldestFirst) {
    const lede = `${article.title}\n${article.description}`;
    const speakers = new Set((article.quotes ?? []).map((quote) => quote.speaker));
    article.people.forEach((name) => {
      const aliases = article.aliases?.[name] ?? [];
      const e = addTo(people, name, article);
      e.fullName ||= wordsOf(name) >= 2;
      e.titled ||= Boolean(article.roles?.[name]);
      e.quoted ||= speakers.has(name);
      e.repeated ||= aliases.length > 0;
      e.prominent ||= [name, ...aliases].some((form) => lede.includes(form));
    });
    article.tags.forEach((name, index) => {
      const e = addTo(tags, name, article);
      e.leading ||= index === 0;
      e.prominent ||= lede.includes(name);
    });
  }
  // Agreement across the site: a name read as a person in one story and a tag in another is contested.
  for (const [slug, group] of people)
    if (tags.has(slug)) group.evidence.contested = tags.get(slug)!.evidence.contested = true;
  const items = [
    ...toItems("person", people, decisions, threshold),
    ...toItems("tag", tags, decisions, threshold),
  ];
  return items.sort(
    (a, b) =>
      b.articles - a.articles ||
      b.confidence - a.confidence ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}

function addTo(
  groups: Map<string, Group>,
  name: string,
  article: ReviewArticle,
): PersonEvidence & TagEvidence {
  const slug = nameSlug(name);
  let group = groups.get(slug);
  if (!group) {
    const evidence = {
      articles: 0,
      fullName: false,
      titled: false,
      quoted: false,
      repeated: false,
      prominent: false,
      leading: false,
      contested: false,
    };
    groups.set(slug, (group = { spellings: new Map(), articles: [], evidence }));
  }
  group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
  if (group.articles.at(-1) !== article) group.articles.push(article);
  group.evidence.articles = group.articles.length;
  return group.evidence;
}

function toItems(
  kind: EntityKind,
  groups: Map<string, Group>,
  decisions: Decisions,
  threshold: number,
): ReviewItem[] {
  return [...groups].map(([slug, group]) => {
    // Render's rule for the display name: the spelling most articles use, ties to the first A–Z.
    const spellings = [...group.spellings.keys()].sort();
    const name = spellings.reduce((best, s) =>
      group.spellings.get(s)! > group.spellings.get(best)! ? s : best,
    );
    const { articles, fullName, titled, quoted, repeated, prominent, leading, contested } =
      group.evidence;
    const evidence: PersonEvidence | TagEvidence =
      kind === "person"
        ? { articles, fullName, titled, quoted, repeated, prominent, contested }
        : { articles, leading, prominent, contested };
    const confidence =
      kind === "person"
        ? personConfidence(evidence as PersonEvidence)
        : tagConfidence(evidence as TagEvidence);
    const firstArticle = group.articles[0]!;
    const forms = spellings.flatMap((s) => [
      s,
      ...(kind === "person" ? (firstArticle.aliases?.[s] ?? []) : []),
    ]);
    const status: ReviewStatus = decisions.accepted[kind].has(slug)
      ? "accepted"
      : decisions.decided[kind].has(slug)
        ? "decided"
        : confidence >= threshold
          ? "confident"
          : "pending";
    return { kind, name, slug, articles, confidence, evidence, status, firstArticle, forms };
  });
}

/** The slugs that get pages: accepted or confident. */
export function publishedSlugs(items: readonly ReviewItem[]): Record<EntityKind, Set<string>> {
  const published = { person: new Set<string>(), tag: new Set<string>() };
  for (const item of items)
    if (item.status === "accepted" || item.status === "confident")
      published[item.kind].add(item.slug);
  return published;
}
