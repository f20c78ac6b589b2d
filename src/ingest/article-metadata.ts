// seeds/articles.yaml: the editor's metadata beside the seeds, one entry per seed path —
// publication date, update time, byline, section, draft status, corrections and summary.
// Validated here so that every problem is one line naming the file, the seed, the key and the fix.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { Correction } from "../article.ts";
import { ConfigError } from "../errors.ts";
import { formatIsoDate } from "./seed-dates.ts";
import { DATE_HINT, parseSeedMap, seedMapDate } from "./seed-manifest.ts";

export const ARTICLES_MANIFEST = "articles.yaml";

/** One seed's metadata, dates already in the site's zone with an offset. */
export interface ArticleMetadata {
  date?: string;
  updated?: string;
  byline?: string[];
  section?: string;
  status?: "draft" | "published";
  corrections?: Correction[];
  summary?: string;
}

// YAML reads an unquoted 2025-04-24 as a date; the failsafe schema below keeps every scalar a
// string, so dates are parsed once, here, in the site's zone.
const dateText = z.string({ error: `expected ${DATE_HINT}` });
const text = (what: string) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(1, { error: `expected ${what}, not an empty string` });

const entrySchema = z
  .object(
    {
      date: dateText.optional(),
      updated: dateText.optional(),
      byline: z
        .union([text("a name"), z.array(text("a name"))], {
          error: "expected a name or a list of names",
        })
        .optional(),
      section: text("a section name").optional(),
      status: z.enum(["draft", "published"], { error: "expected draft or published" }).optional(),
      corrections: z
        .array(
          z
            .object(
              { date: dateText, text: text("the correction") },
              { error: "expected { date, text }" },
            )
            .strict(),
          { error: "expected a list of { date, text }" },
        )
        .optional(),
      summary: text("a summary").optional(),
    },
    {
      error:
        "expected a mapping of date / updated / byline / section / status / corrections / summary",
    },
  )
  .strict();

/**
 * Reads `<seedsDir>/articles.yaml` (an empty map when there is none).
 * @example
 * // business/rates.txt: { date: 2025-04-24T09:30, byline: Ann Lee, status: draft }
 * readArticleMetadata("seeds", "UTC").get("business/rates.txt")
 * //=> { date: "2025-04-24T09:30:00Z", byline: ["Ann Lee"], status: "draft" }
 */
export function readArticleMetadata(
  seedsDir: string,
  timeZone: string,
): Map<string, ArticleMetadata> {
  const file = join(seedsDir, ARTICLES_MANIFEST);
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch {
    return new Map();
  }
  return parseArticleMetadata(source, file, timeZone);
}

/** The same, from the file's text; `file` names it in errors. */
export function parseArticleMetadata(
  source: string,
  file: string,
  timeZone: string,
): Map<string, ArticleMetadata> {
  const raw = parseSeedMap(source, file, {
    listedTwice: "merge its keys into one entry",
    expected:
      "expected a map of seed path → metadata, like `business/rates.txt: { date: 2025-04-24T09:30, byline: Ann Lee }`",
  });
  const entries = new Map<string, ArticleMetadata>();
  for (const [seed, value] of Object.entries(raw)) {
    // The failsafe schema reads a key with nothing after it ("a.txt:") as an empty string.
    const parsed = entrySchema.safeParse(value === "" || value === null ? {} : value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = [seed, ...issue.path.map(String)].join(".");
      const unknownKey =
        issue.code === "unrecognized_keys"
          ? `unknown key ${issue.keys.map((k) => `"${k}"`).join(", ")}; use date, updated, byline, section, status, corrections or summary`
          : issue.message;
      throw new ConfigError(file, `${where}: ${unknownKey}`);
    }
    entries.set(
      seed,
      toMetadata(parsed.data, (key, value) =>
        formatIsoDate(seedMapDate(value, `${seed}.${key}`, file, timeZone), timeZone),
      ),
    );
  }
  return entries;
}

function toMetadata(
  entry: z.infer<typeof entrySchema>,
  date: (key: string, value: string) => string,
): ArticleMetadata {
  const metadata: ArticleMetadata = {};
  if (entry.date !== undefined) metadata.date = date("date", entry.date);
  if (entry.updated !== undefined) metadata.updated = date("updated", entry.updated);
  if (entry.byline !== undefined)
    metadata.byline = typeof entry.byline === "string" ? [entry.byline] : entry.byline;
  if (entry.section !== undefined) metadata.section = entry.section;
  if (entry.status !== undefined) metadata.status = entry.status;
  if (entry.corrections !== undefined) {
    metadata.corrections = entry.corrections.map((correction, index) => ({
      date: date(`corrections.${index}.date`, correction.date),
      text: correction.text,
    }));
  }
  if (entry.summary !== undefined) metadata.summary = entry.summary;
  return metadata;
}
