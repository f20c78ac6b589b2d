// The Article: the contract between ingest (which writes content/articles/*.md) and render
// (which reads them). The schema is checked at both boundaries, so a hand edit that breaks the
// contract is reported with the file and the field instead of producing a broken page.
import { DateTime } from "luxon";
import { z } from "zod";
import { ownRecord } from "./own-record.ts";

const isoDateWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export const DATE_SOURCES = ["manifest", "git", "mtime", "page"] as const;

/** A dated note on what a published article got wrong, shown in a box on the article. */
export const correctionSchema = z.object({
  date: z
    .string()
    .regex(
      isoDateWithOffset,
      "expected an ISO 8601 date with offset, like 2025-04-24T09:30:00-04:00",
    ),
  text: z.string().min(1, "expected the text of the correction"),
});

export const quoteSchema = z.object({
  speaker: z.string().min(1).optional(),
  text: z.string().min(1),
});

/**
 * Front matter of an article page. The first seven keys are a published contract (issue #2):
 * never rename them; add new keys after them.
 */
export const articleSchema = z.object({
  title: z.string().min(1, "expected a non-empty headline"),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected lower-case ASCII words joined by hyphens"),
  date: z
    .string()
    .regex(isoDateWithOffset, {
      message: "expected an ISO 8601 date with offset, like 2025-04-24T09:30:00-04:00",
      abort: true,
    })
    // The pattern lets 2025-13-45 through; luxon does not (issue 13: values that parse but are out of range).
    .refine(
      (date) => DateTime.fromISO(date, { setZone: true }).isValid,
      "expected a real calendar date and time, like 2025-04-24T09:30:00-04:00",
    ),
  description: z.string(),
  people: z.array(z.string().min(1)),
  tags: z.array(z.string().min(1)),
  source: z.string().min(1),
  dateSource: z.enum(DATE_SOURCES).optional(),
  // Editorial metadata (issue #14), from seeds/articles.yaml or the seed's folder. Optional:
  // pages written before they existed stay valid and byte-identical.
  /** When the text last changed after publication; `date` (first publication) never moves. */
  updated: z
    .string()
    .regex(
      isoDateWithOffset,
      "expected an ISO 8601 date with offset, like 2025-04-24T09:30:00-04:00",
    )
    .optional(),
  /** Who wrote it; one name or a list by hand, always a list when ingest writes it. */
  byline: z
    .preprocess(
      (value) => (typeof value === "string" ? [value] : value),
      z.array(z.string().min(1)),
    )
    .optional(),
  /** The section's title ("Business"); its URL is /sections/<slug>/. */
  section: z.string().min(1).optional(),
  /** A draft is in content/ but nowhere on the site until its status is removed. */
  status: z.enum(["draft", "published"]).optional(),
  /** The editor's summary: the standfirst and meta description when given. */
  summary: z.string().min(1).optional(),
  corrections: z.array(correctionSchema).optional(),
  // Keyed by people's names: no inherited keys, so a person called "constructor" has no role.
  roles: z.record(z.string(), z.string()).transform(ownRecord).optional(),
  aliases: z.record(z.string(), z.array(z.string())).transform(ownRecord).optional(),
  quotes: z.array(quoteSchema).optional(),
  wordCount: z.number().int().nonnegative().optional(),
  seedHash: z.string().optional(),
  ingestHash: z.string().optional(),
});

export type ArticleFrontMatter = z.infer<typeof articleSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Correction = z.infer<typeof correctionSchema>;

/** The order keys are written in, so that the same article always gives the same bytes. */
export const FRONT_MATTER_KEYS = Object.keys(articleSchema.shape) as (keyof ArticleFrontMatter)[];

/** Formats zod issues as "people[2]: expected string, not number" lines. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.map(String).join(".") || "front matter"}: ${issue.message}`)
    .join("; ");
}
