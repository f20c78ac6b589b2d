// content/articles/*.md → what ingest needs to know about the pages already there: which seed
// each came from, its slug and date, and whether a person has edited it. A page whose file is
// unchanged since the last run is not read: what ingest learned of it then is kept in
// known-files.ts, with the inputs it was made from.
import { join } from "node:path";
import { listArticlePages, readArticlePage } from "../article-pages.ts";
import { fileVersion } from "../file-version.ts";
import type { KnownFiles } from "./known-files.ts";
import { pageState, type PageState } from "./stamp-page.ts";
import type { SeedDate } from "./seed-dates.ts";

/** What ingest keeps of a page between runs. */
export interface PageFacts {
  state: PageState;
  /** Present when the front matter parses: the seed it came from, its slug and date. */
  source?: string;
  slug?: string;
  date?: SeedDate;
  /** What `updated` needs (record-update.ts): the text the page was made from, its update time and status. */
  seedHash?: string;
  updated?: string;
  status?: "draft" | "published";
  /** The key of the inputs ingest made this exact text from (see `pageInputsKey` in index.ts). */
  madeFrom?: string;
}

export interface ExistingPage extends PageFacts {
  /** File name inside the articles folder, e.g. "storm-hits-coast.md". */
  file: string;
  /** The page's text, read when asked for. */
  text(): string;
}

const KIND = "page";

/**
 * `versionOf` gives a file's version (known-files.ts), e.g. from a snapshot taken as the run
 * began. A page that cannot be read (a symlink loop, no permission) goes to `onProblem` and is
 * treated as hand-made: nothing is written over it and its URL stays taken (issue 13, bug 8).
 */
export function readPages(
  articlesDir: string,
  known: KnownFiles,
  versionOf: (path: string) => string | undefined = fileVersion,
  onProblem: (file: string, reason: string) => void = () => {},
): ExistingPage[] {
  return listArticlePages(articlesDir).map((file) => {
    const path = join(articlesDir, file);
    const text = () => readArticlePage(path).text;
    const version = versionOf(path);
    let facts = known.recall<PageFacts>(KIND, file, version);
    if (!facts) {
      try {
        facts = readFacts(path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? "unknown error";
        onProblem(
          file,
          `cannot be read (${code}); left as it is. Check its permissions, or remove it`,
        );
        return { state: "hand-made" as const, file, text };
      }
    }
    known.remember(KIND, file, version, facts);
    return { ...facts, file, text };
  });
}

/** Records a page this run wrote (or found to be exactly what `madeFrom` gives). */
export function rememberPage(
  articlesDir: string,
  known: KnownFiles,
  file: string,
  facts: PageFacts,
): void {
  known.remember(KIND, file, fileVersion(join(articlesDir, file)), facts);
}

export function forgetPage(known: KnownFiles, file: string): void {
  known.forget(KIND, file);
}

function readFacts(path: string): PageFacts {
  const { text, parsed } = readArticlePage(path);
  const facts: PageFacts = { state: pageState(text) };
  if (parsed.ok) {
    facts.source = parsed.data.source;
    facts.slug = parsed.data.slug;
    if (parsed.data.dateSource)
      facts.date = { date: parsed.data.date, dateSource: parsed.data.dateSource };
    if (parsed.data.seedHash) facts.seedHash = parsed.data.seedHash;
    if (parsed.data.updated) facts.updated = parsed.data.updated;
    if (parsed.data.status) facts.status = parsed.data.status;
  } else {
    // A hand edit that broke the page must not cut it from its seed: ingest would write
    // the article again under a new URL (issue 13, bug 7). Ingest's own lines are still readable.
    // A page whose YAML parses but breaks the contract (a date written "yesterday") still says
    // which seed it is the page of, and its URL.
    const source = parsed.claims?.source ?? quotedLine("source", text);
    const slug = parsed.claims?.slug ?? quotedLine("slug", text);
    if (source) facts.source = source;
    if (slug) facts.slug = slug;
  }
  return facts;
}

/** The value of a `key: "<JSON string>"` line as ingest writes it, if the page has one. */
function quotedLine(key: string, text: string): string | undefined {
  const match = new RegExp(String.raw`^${key}: ("(?:[^"\\\n]|\\.)*")$`, "m").exec(text);
  if (!match) return undefined;
  try {
    const value: unknown = JSON.parse(match[1]!);
    return typeof value === "string" && value !== "" ? value : undefined;
  } catch {
    return undefined;
  }
}
