// Article ↔ page text. Ingest writes pages with keys in a fixed order and every string quoted,
// so the same article always gives the same bytes and no headline can be read as YAML syntax.
// Reading accepts any YAML a person may write by hand, and checks it against the schema.
import { parse as parseYaml } from "yaml";
import {
  articleSchema,
  describeIssues,
  FRONT_MATTER_KEYS,
  type ArticleFrontMatter,
} from "./article.ts";
import { parseGeneratedFrontMatter } from "./parse-generated-front-matter.ts";

const FENCE = "---";

/** A page split into its front matter text and its markdown body. */
export interface PageParts {
  frontMatter: string;
  body: string;
}

/**
 * Serialises validated front matter and a markdown body into page text.
 * Strings are written as JSON strings, which are valid YAML double-quoted scalars.
 */
export function formatPage(data: ArticleFrontMatter, body: string): string {
  const lines = [FENCE];
  for (const key of FRONT_MATTER_KEYS) {
    const value = data[key];
    if (value === undefined) continue;
    lines.push(...formatEntry(key, value));
  }
  lines.push(FENCE);
  return `${lines.join("\n")}\n${body}`;
}

function formatEntry(key: string, value: unknown): string[] {
  if (typeof value === "string" || typeof value === "number")
    return [`${key}: ${JSON.stringify(value)}`];
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${key}: []`];
    return [`${key}:`, ...value.map((item) => formatListItem(item))];
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return [`${key}: {}`];
  return [
    `${key}:`,
    ...entries.map(([name, item]) => `  ${JSON.stringify(name)}: ${JSON.stringify(item)}`),
  ];
}

function formatListItem(item: unknown): string {
  if (item !== null && typeof item === "object" && !Array.isArray(item)) {
    const fields = Object.entries(item).filter(([, v]) => v !== undefined);
    return fields
      .map(([k, v], i) => `${i === 0 ? "  - " : "    "}${k}: ${JSON.stringify(v)}`)
      .join("\n");
  }
  return `  - ${JSON.stringify(item)}`;
}

/** Splits page text at its front-matter fences; null when the page has none. */
export function splitPage(text: string): PageParts | null {
  if (!text.startsWith(`${FENCE}\n`)) return null;
  const end = text.indexOf(`\n${FENCE}\n`, FENCE.length);
  if (end === -1) {
    if (text.endsWith(`\n${FENCE}`)) return { frontMatter: text.slice(4, -4), body: "" };
    return null;
  }
  return {
    frontMatter: text.slice(FENCE.length + 1, end + 1),
    body: text.slice(end + FENCE.length + 2),
  };
}

export type ParsedPage =
  | { ok: true; data: ArticleFrontMatter; body: string }
  | {
      ok: false;
      reason: string;
      /** The seed and slug a page whose YAML parses still claims, though it breaks the contract. */
      claims?: { source?: string; slug?: string };
    };

/**
 * Reads page text back into validated front matter and body, or says what is wrong. Pages in
 * ingest's own format are read with JSON.parse (ten times faster than YAML, and a 10,000-page
 * site reads every page on each build); anything else goes through the YAML parser, with the
 * same result.
 */
export function parsePage(text: string): ParsedPage {
  const parts = text.includes("\r") ? null : splitPage(text);
  const raw = parts ? parseGeneratedFrontMatter(parts.frontMatter) : null;
  if (parts && raw) {
    const result = articleSchema.safeParse(raw);
    if (result.success) return { ok: true, data: result.data, body: parts.body };
  }
  return parsePageWithYaml(text);
}

/** parsePage() through the YAML parser only: any YAML a person may write by hand. */
export function parsePageWithYaml(text: string): ParsedPage {
  const parts = splitPage(text.replace(/\r\n?/g, "\n"));
  if (!parts)
    return {
      ok: false,
      reason:
        "has no front matter; start the file with a --- line, the fields, and another --- line",
    };
  let raw: unknown;
  try {
    raw = parseYaml(parts.frontMatter);
  } catch (error) {
    return {
      ok: false,
      reason: `front matter is not valid YAML (${(error as Error).message.split("\n")[0]}); fix the syntax`,
    };
  }
  const result = articleSchema.safeParse(raw ?? {});
  if (!result.success)
    return {
      ok: false,
      reason: `front matter does not match the article contract: ${describeIssues(result.error)}`,
      claims: claimsOf(raw),
    };
  return { ok: true, data: result.data, body: parts.body };
}

/** `source` and `slug` of front matter that parsed but broke the contract, when they are text. */
function claimsOf(raw: unknown): { source?: string; slug?: string } {
  if (typeof raw !== "object" || raw === null) return {};
  const field = (key: string) => {
    const value: unknown = Object.hasOwn(raw, key)
      ? (raw as Record<string, unknown>)[key]
      : undefined;
    return typeof value === "string" && value.trim() !== "" ? { [key]: value.trim() } : {};
  };
  return { ...field("source"), ...field("slug") };
}
