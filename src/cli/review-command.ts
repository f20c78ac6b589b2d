// gazette review: the people and tags waiting for the editor (confidence below the site's
// reviewThreshold, not yet decided), with their article counts and one line of context each.
// On a terminal it asks for a decision on each and saves it at once to people.yaml or
// tags.yaml; --json prints the list for tools; --accept-all accepts the list for scripts.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { parseDocument, type Document } from "yaml";
import { ConfigError, isFileProblem, UsageError } from "../errors.ts";
import { writeFileAtomic } from "../write-file-atomic.ts";
import { loadSiteConfig } from "../site-config.ts";
import { EDITOR_FILES, loadEditorFiles } from "../review/load-decisions.ts";
import { parseAnswer, PROMPT, type Answer } from "../review/parse-answer.ts";
import {
  formatEntry,
  formatList,
  formatSummary,
  pendingList,
  type PendingList,
} from "../review/pending-list.ts";
import { readSiteArticles } from "../review/read-site-articles.ts";
import { recordDecision, type Decision } from "../review/record-decision.ts";
import { reviewItems } from "../review/review-items.ts";
import { parseOptions } from "./parse-options.ts";
import { makeFolder } from "../make-folder.ts";

export const REVIEW_USAGE = `Usage: gazette review [--content DIR] [--json] [--accept-all] [--all]

Lists the people and tags that wait for the editor: their confidence is below reviewThreshold
in site.json, so they get no page until accepted. On a terminal, asks about each one:
  a  accept (it gets a page)     r  reject (never a person / a banned tag)
  m NAME  merge into NAME        n NAME  rename to NAME     s  skip     q  quit
Each decision is saved at once in CONTENT/_data/people.yaml or tags.yaml; gazette build applies it.

  --content DIR   where article pages and _data/ are (default: content)
  --json          print the list as JSON on stdout, decide nothing
  --accept-all    accept every name listed (for scripts)
  --all           list every pending name, also those with little evidence
  -h, --help      print this help

Exit status: 0 done, 2 usage or configuration error.`;

export async function reviewCommand(args: string[]): Promise<number> {
  const options = parseOptions(args, {
    content: { type: "string", default: "content" },
    json: { type: "boolean", default: false },
    "accept-all": { type: "boolean", default: false },
    all: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  });
  if (options.help) {
    console.log(REVIEW_USAGE);
    return 0;
  }
  if (options.json && options["accept-all"])
    throw new UsageError("--json lists and --accept-all decides: use one of them");
  if (!existsSync(options.content))
    throw new UsageError(
      `--content ${options.content}: no such folder; pass the folder that holds articles/ and _data/`,
    );
  try {
    return await review(options.content, options);
  } catch (error) {
    // A broken site.json, people.yaml or tags.yaml is a configuration error: one line, exit 2.
    if (!isFileProblem(error)) throw error;
    console.error(error.message);
    return 2;
  }
}

async function review(
  contentDir: string,
  options: { json: boolean; "accept-all": boolean; all: boolean },
): Promise<number> {
  const { reviewThreshold } = loadSiteConfig(contentDir);
  const { articles, problems } = readSiteArticles(contentDir);
  for (const problem of problems) console.error(problem);
  const editor = loadEditorFiles(contentDir);
  const list = pendingList(
    reviewItems(articles, editor.decisions, reviewThreshold),
    reviewThreshold,
    options.all,
  );
  if (options.json) {
    console.log(JSON.stringify(list, null, 2));
    return 0;
  }
  if (articles.length === 0) {
    console.log(
      `${join(contentDir, "articles")}: no article pages to review; run gazette ingest first`,
    );
    return 0;
  }
  const files = new EditorDocuments(contentDir, editor.text);
  if (options["accept-all"]) {
    for (const entry of list.entries)
      files.record({ kind: entry.kind, name: entry.name, action: "accept" });
    files.save();
    console.log(
      `Accepted ${list.entries.length} name${list.entries.length === 1 ? "" : "s"}${files.savedTo()}; gazette build gives them pages.`,
    );
    return 0;
  }
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    console.log(formatList(list));
    if (list.entries.length)
      console.log(
        `Decide on a terminal with "gazette review", accept them all with "gazette review --accept-all", or edit ${join(contentDir, EDITOR_FILES.person)} and ${join(contentDir, EDITOR_FILES.tag)} (see docs/review.md).`,
      );
    return 0;
  }
  await askEach(list, files);
  return 0;
}

async function askEach(list: PendingList, files: EditorDocuments): Promise<void> {
  console.log(formatSummary(list));
  if (list.entries.length === 0) return;
  // terminal: false leaves echo and line editing to the terminal; the iterator buffers lines
  // typed ahead of a prompt instead of dropping them.
  const input = createInterface({ input: process.stdin, terminal: false });
  const lines = input[Symbol.asyncIterator]();
  const ask = async (prompt: string): Promise<string | undefined> => {
    process.stdout.write(prompt);
    const next = await lines.next();
    return next.done ? undefined : String(next.value);
  };
  let decided = 0;
  try {
    for (const [index, entry] of list.entries.entries()) {
      console.log(`\n${formatEntry(entry, index, list.entries.length)}`);
      let answer: Answer = parseAnswer(await ask(PROMPT), entry);
      while (answer.do === "ask" || answer.do === "again") {
        if (answer.do === "ask") {
          const target = await ask(answer.question);
          answer =
            target === undefined
              ? { do: "quit" }
              : parseAnswer(`${answer.action === "merge" ? "m" : "n"} ${target}`, entry);
        } else {
          console.log(`  ${answer.message}`);
          answer = parseAnswer(await ask(PROMPT), entry);
        }
      }
      if (answer.do === "quit") break;
      if (answer.do === "decide") {
        files.record(answer.decision);
        files.save();
        decided += 1;
        console.log(`  ${describe(answer.decision)}`);
      }
    }
  } finally {
    input.close();
  }
  console.log(
    `\n${decided} decision${decided === 1 ? "" : "s"} saved${files.savedTo()}.${decided ? " Run gazette build to apply them." : ""}`,
  );
}

function describe(decision: Decision): string {
  if (decision.action === "accept") return `accepted: ${decision.name} gets a page`;
  if (decision.action === "reject")
    return decision.kind === "person"
      ? `rejected: ${decision.name} is not a person`
      : `rejected: the tag ${decision.name} is banned`;
  return `${decision.action === "merge" ? "merged" : "renamed"}: ${decision.name} → ${"target" in decision ? decision.target : ""}`;
}

/** people.yaml and tags.yaml as YAML documents, edited in memory and written when changed. */
class EditorDocuments {
  private readonly docs: Record<Decision["kind"], Document>;
  private readonly changed = new Set<Decision["kind"]>();
  private readonly written = new Set<string>();

  constructor(
    private readonly contentDir: string,
    text: Record<Decision["kind"], string>,
  ) {
    this.docs = {
      person: parseDocument(text.person || HEADER.person),
      tag: parseDocument(text.tag || HEADER.tag),
    };
  }

  record(decision: Decision): void {
    recordDecision(this.docs[decision.kind], decision);
    this.changed.add(decision.kind);
  }

  save(): void {
    for (const kind of this.changed) {
      const file = join(this.contentDir, EDITOR_FILES[kind]);
      try {
        makeFolder(dirname(file));
        writeFileAtomic(file, this.docs[kind].toString());
      } catch (error) {
        throw new ConfigError(
          file,
          `cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); check the folder exists and is writable`,
        );
      }
      this.written.add(file);
    }
    this.changed.clear();
  }

  savedTo(): string {
    return this.written.size ? ` in ${[...this.written].join(" and ")}` : "";
  }
}

const HEADER = {
  person: "# The editor's decisions on people: see the README and docs/review.md for the format.\n",
  tag: "# The editor's decisions on tags: see the README and docs/review.md for the format.\n",
};
