// gazette init [DIR]: a new site in a new or empty folder. The site's title, URL, language and
// time zone come from flags, or are asked for on a terminal; anything else gets a default, so
// the command also runs unattended. It never overwrites a file.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import { UsageError } from "../errors.ts";
import { DEFAULT_URL, siteConfigSchema } from "../site-config.ts";
import { initFiles, type SiteAnswers } from "./init-files.ts";
import { parseCommandLine } from "./parse-options.ts";
import { gazetteVersion } from "./version.ts";
import { makeFolder } from "../make-folder.ts";

export const INIT_USAGE = `Usage: gazette init [DIR] [--title TEXT] [--url URL] [--language TAG] [--time-zone ZONE]

Starts a new site in DIR (default: the current folder), which must not hold any of the files
it writes: seeds/ with an example story, content/_data/site.json, .gitignore, package.json
(an existing one only gains "build" and "start" scripts), a GitHub Pages workflow and
netlify.toml. On a terminal it asks for what the flags leave out.

  --title TEXT       the site's name (default: My News)
  --url URL          where the site will be served, e.g. https://news.example.org
  --language TAG     BCP 47 language of the articles (default: en)
  --time-zone ZONE   IANA time zone dates are shown in (default: UTC)
  -h, --help         print this help

Exit status: 0 the site was made, 2 usage error (a bad flag, or a file already there).`;

export const INIT_OPTIONS = {
  title: { type: "string" },
  url: { type: "string" },
  language: { type: "string" },
  "time-zone": { type: "string" },
  help: { type: "boolean", short: "h", default: false },
} as const;

const QUESTIONS = [
  { key: "title", flag: "--title", question: "Site title", fallback: () => "My News" },
  {
    key: "url",
    flag: "--url",
    question: "Address the site will be served from",
    fallback: () => DEFAULT_URL,
  },
  {
    key: "language",
    flag: "--language",
    question: "Language of the articles",
    fallback: () => "en",
  },
  { key: "timeZone", flag: "--time-zone", question: "Time zone", fallback: () => "UTC" },
] as const;

export async function initCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(args, INIT_OPTIONS, 1);
  if (values.help) {
    console.log(INIT_USAGE);
    return 0;
  }
  const dir = resolve(positionals[0] ?? ".");
  const given = {
    title: values.title,
    url: values.url,
    language: values.language,
    timeZone: values["time-zone"],
  };
  const answers = validate(await ask(given));
  const packageFile = join(dir, "package.json");
  const existingPackage = existsSync(packageFile) ? readFileSync(packageFile, "utf8") : undefined;
  const files = initFiles(answers, gazetteVersion(), basename(dir), existingPackage);
  for (const path of files.keys()) {
    if (path !== "package.json" && existsSync(join(dir, path))) {
      throw new UsageError(
        `${join(dir, path)} already exists; run gazette init in a new or empty folder`,
      );
    }
  }
  for (const [path, text] of files) {
    makeFolder(dirname(join(dir, path)));
    writeFileSync(join(dir, path), text);
  }
  const where = positionals[0] ? `cd ${positionals[0]} && ` : "";
  const install = existingPackage === undefined ? "npm install && " : "";
  console.error(`init: a new site in ${dir} (${[...files.keys()].join(", ")})`);
  console.error(`next: ${where}${install}npm run build, or npm start to watch it as you write`);
  return 0;
}

/** Every answer a flag left out: asked on a terminal, the default otherwise. */
async function ask(given: Partial<Record<keyof SiteAnswers, string>>): Promise<SiteAnswers> {
  const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
  const prompt = interactive
    ? createInterface({ input: process.stdin, output: process.stdout })
    : undefined;
  const answers = {} as SiteAnswers;
  try {
    for (const { key, question, fallback } of QUESTIONS) {
      const suggestion =
        key === "timeZone" && prompt
          ? Intl.DateTimeFormat().resolvedOptions().timeZone
          : fallback();
      answers[key] =
        given[key] ??
        ((await prompt?.question(`${question} (${suggestion}): `))?.trim() || suggestion);
    }
  } finally {
    prompt?.close();
  }
  return answers;
}

/** The answers, checked by site.json's own schema; a bad one names its flag. */
function validate(answers: SiteAnswers): SiteAnswers {
  const parsed = siteConfigSchema.safeParse(answers);
  if (parsed.success) return answers;
  const issue = parsed.error.issues[0]!;
  const question = QUESTIONS.find((q) => q.key === issue.path[0]);
  const value = question ? answers[question.key] : "";
  throw new UsageError(`${question?.flag ?? "a setting"} "${value}": ${issue.message}`);
}
