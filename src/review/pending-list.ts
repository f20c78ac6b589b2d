// What `gazette review` shows: the pending names worth an editor's decision, with one line of
// context each, as text for a terminal or as JSON for tools. Pure: items in, text out.
import { describeEvidence } from "./confidence.ts";
import { mentionContext } from "./mention-context.ts";
import type { ReviewItem } from "./review-items.ts";

/**
 * How far below the threshold a name is still *uncertain* and listed by default. Lower names
 * (a full name mentioned once, a bare word) keep no page without being asked about;
 * `gazette review --all` lists them too.
 */
export const REVIEW_BAND = 0.2;

export interface PendingEntry {
  kind: ReviewItem["kind"];
  name: string;
  articles: number;
  confidence: number;
  evidence: string[];
  /** The sentence of the first mention, ~100 characters. */
  context: string;
  /** The page it comes from, relative to the content folder. */
  file: string;
}

export interface PendingList {
  threshold: number;
  entries: PendingEntry[];
  /** Pending names below the band, not listed (see --all). */
  notListed: number;
}

export function pendingList(
  items: readonly ReviewItem[],
  threshold: number,
  all: boolean,
): PendingList {
  const pending = items.filter((item) => item.status === "pending");
  const listed = all
    ? pending
    : pending.filter((item) => item.confidence >= threshold - REVIEW_BAND - 1e-9);
  const entries = listed.map((item) => ({
    kind: item.kind,
    name: item.name,
    articles: item.articles,
    confidence: item.confidence,
    evidence: describeEvidence(item.evidence),
    context: mentionContext(item.firstArticle, item.forms),
    file: item.firstArticle.file,
  }));
  return { threshold, entries, notListed: pending.length - listed.length };
}

/** One entry as two lines: "Vera Drake · person · 1 article · confidence 0.40 (full name, prominent)" and its context. */
export function formatEntry(entry: PendingEntry, index?: number, total?: number): string {
  const count = `${entry.articles} article${entry.articles === 1 ? "" : "s"}`;
  const why = entry.evidence.length ? ` (${entry.evidence.join(", ")})` : "";
  const position = index !== undefined && total !== undefined ? `[${index + 1}/${total}] ` : "";
  return `${position}${entry.name} · ${entry.kind} · ${count} · confidence ${entry.confidence.toFixed(2)}${why}\n    ${entry.file}: “${entry.context}”`;
}

/** The whole list, for a pipe or a terminal when no decision is asked for. */
export function formatList(list: PendingList): string {
  return [formatSummary(list), ...list.entries.map((entry) => formatEntry(entry))].join("\n");
}

/** "3 names wait for review (…); 12 more with little evidence keep no page (…)." */
export function formatSummary(list: PendingList): string {
  const counted = `${list.entries.length} name${list.entries.length === 1 ? "" : "s"} wait${list.entries.length === 1 ? "s" : ""} for review (confidence below ${list.threshold.toFixed(2)}, no page until accepted)`;
  const more = list.notListed
    ? `; ${list.notListed} more with little evidence keep no page (gazette review --all lists them)`
    : "";
  return `${counted}${more}.`;
}
