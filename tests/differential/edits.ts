// The edits a newsroom makes between builds, each applied at random to a generated site:
// seeds (headline, body, new, removed, moved to another folder, date), seeds/articles.yaml (section, byline, draft,
// correction), a hand edit of a page, the editor's people.yaml and tags.yaml (notes, merges,
// bans, acceptances), site.json (settings, review threshold), a template, and the clock
// moving past an embargoed story's time. Each returns a line saying what it did, for the log
// printed when an edit's incremental build differs from a scratch build.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { parsePageWithYaml } from "../../src/front-matter.ts";
import { headline, paragraph, personName, seedDate, seedText } from "./generate-seeds.ts";
import type { Random } from "./random.ts";

export interface EditableSite {
  seeds: string;
  content: string;
  /** A copy of the project's templates/ the edits may change. */
  templates: string;
  /** seeds/dates.yaml: seed file → date. */
  dates: Map<string, string>;
  /** Number of the next new seed. */
  nextSeed: number;
  /** The build's clock (GAZETTE_NOW), ISO 8601 in UTC; only ever moves forward. */
  now: string;
}

export interface Edit {
  kind: string;
  /** Whether ingest runs with --prune after this edit. */
  prune?: boolean;
  apply(site: EditableSite, random: Random): string;
}

export function writeDates(site: EditableSite): void {
  const lines = [...site.dates]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([file, date]) => `${file}: ${date}`);
  writeFileSync(join(site.seeds, "dates.yaml"), `${lines.join("\n")}\n`);
}

/** Every seed, as a path under seeds/ ("0001_seed.txt", "world/0002_seed.txt"). */
function seedFiles(site: EditableSite): string[] {
  return readdirSync(site.seeds, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".txt"))
    .sort();
}

function pages(site: EditableSite) {
  const dir = join(site.content, "articles");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .flatMap((name) => {
      const parsed = parsePageWithYaml(readFileSync(join(dir, name), "utf8"));
      return parsed.ok ? [{ name, ...parsed.data }] : [];
    });
}

function readYaml(path: string): Record<string, any> {
  return existsSync(path)
    ? ((parseYaml(readFileSync(path, "utf8")) as Record<string, any>) ?? {})
    : {};
}

function editYaml(path: string, change: (data: Record<string, any>) => void): void {
  const data = readYaml(path);
  change(data);
  writeFileSync(path, stringifyYaml(data));
}

function editSeed(site: EditableSite, random: Random, change: (lines: string[]) => void): string {
  const file = random.pick(seedFiles(site));
  const path = join(site.seeds, file);
  const lines = readFileSync(path, "utf8").trimEnd().split("\n");
  change(lines);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return file;
}

const someone = (site: EditableSite, random: Random): string | undefined => {
  const people = [...new Set(pages(site).flatMap((page) => page.people))].sort();
  return people.length ? random.pick(people) : undefined;
};

const someTag = (site: EditableSite, random: Random): string | undefined => {
  const tags = [...new Set(pages(site).flatMap((page) => page.tags))].sort();
  return tags.length ? random.pick(tags) : undefined;
};

const peopleYaml = (site: EditableSite) => join(site.content, "_data/people.yaml");
const tagsYaml = (site: EditableSite) => join(site.content, "_data/tags.yaml");
const siteJson = (site: EditableSite) => join(site.content, "_data/site.json");

/** Changes one seed's entry in seeds/articles.yaml (made when missing); `change` says how. */
function editEntry(
  site: EditableSite,
  random: Random,
  change: (entry: Record<string, any>) => string,
): string {
  const file = random.pick(seedFiles(site));
  let what = "";
  editYaml(join(site.seeds, "articles.yaml"), (data) => {
    const entry = (data[file] ?? {}) as Record<string, any>;
    what = change(entry);
    if (Object.keys(entry).length) data[file] = entry;
    else delete data[file];
  });
  return `articles.yaml: ${file} ${what}`;
}

function editSiteJson(site: EditableSite, change: (settings: Record<string, unknown>) => void) {
  const settings = JSON.parse(readFileSync(siteJson(site), "utf8")) as Record<string, unknown>;
  change(settings);
  writeFileSync(siteJson(site), `${JSON.stringify(settings, null, 2)}\n`);
}

const HOUR_MS = 3_600_000;
const utc = (ms: number) => new Date(ms).toISOString().replace(/\.000Z$/, "Z");

/** The publication times (ms) of the site's pages, read from their front matter. */
const pageTimes = (site: EditableSite) =>
  pages(site)
    .map((page) => Date.parse((page as { date?: string }).date ?? ""))
    .filter((time) => !Number.isNaN(time));

export const EDITS: readonly Edit[] = [
  {
    kind: "headline",
    apply: (site, random) =>
      `headline of ${editSeed(site, random, (lines) => (lines[0] = headline(random, site.nextSeed++)))}`,
  },
  {
    kind: "body",
    apply: (site, random) =>
      `body of ${editSeed(site, random, (lines) => (random.int(2) ? lines.push(paragraph(random)) : (lines[1 + random.int(lines.length - 1)] = paragraph(random))))}`,
  },
  {
    kind: "hand edit",
    apply(site, random) {
      const page = random.pick(pages(site));
      const path = join(site.content, "articles", page.name);
      const text = readFileSync(path, "utf8");
      const edited = random.int(2)
        ? text.replace(/^title: .*$/m, `title: ${JSON.stringify(`${page.title}, corrected`)}`)
        : `${text.trimEnd()}\n\nAn editor's note added by hand.\n`;
      writeFileSync(path, edited);
      return `hand edit of ${page.name}`;
    },
  },
  {
    kind: "people.yaml role",
    apply(site, random) {
      const name = someone(site, random);
      if (!name) return "people.yaml role: nobody to edit";
      const role = random.pick([
        "Harbour master",
        "Head teacher",
        "Council leader",
        "Lifeboat coxswain",
      ]);
      editYaml(peopleYaml(site), (data) => {
        data.people ??= {};
        data.people[name] = { ...(data.people[name] ?? {}), role };
      });
      return `people.yaml: ${name} is ${role}`;
    },
  },
  {
    kind: "people.yaml alias",
    apply(site, random) {
      const name = someone(site, random);
      if (!name) return "people.yaml alias: nobody to edit";
      const alias = `${name.split(" ")[0]![0]}. ${name.split(" ").at(-1)}`;
      editYaml(peopleYaml(site), (data) => {
        data.people ??= {};
        data.people[name] = { ...(data.people[name] ?? {}), aliases: [alias] };
      });
      return `people.yaml: ${alias} is ${name}`;
    },
  },
  {
    kind: "people.yaml merge",
    apply(site, random) {
      const [a, b] = [someone(site, random), someone(site, random)];
      if (!a || !b || a === b) return "people.yaml merge: no two people";
      editYaml(peopleYaml(site), (data) => {
        data.people ??= {};
        data.people[a] = {
          ...(data.people[a] ?? {}),
          aliases: [...(data.people[a]?.aliases ?? []), b],
        };
      });
      return `people.yaml: ${b} merged into ${a}`;
    },
  },
  {
    kind: "people.yaml ban",
    apply(site, random) {
      const name = someone(site, random) ?? personName(random);
      editYaml(peopleYaml(site), (data) => {
        data.not_people = [...(data.not_people ?? []), name];
      });
      return `people.yaml: ${name} is not a person`;
    },
  },
  {
    kind: "tags.yaml rename",
    apply(site, random) {
      const tag = someTag(site, random);
      if (!tag) return "tags.yaml rename: no tag";
      editYaml(tagsYaml(site), (data) => {
        data.rename = { ...(data.rename ?? {}), [tag]: `${tag} Area` };
      });
      return `tags.yaml: ${tag} renamed`;
    },
  },
  {
    kind: "tags.yaml merge",
    apply(site, random) {
      const [a, b] = [someTag(site, random), someTag(site, random)];
      if (!a || !b || a === b) return "tags.yaml merge: no two tags";
      editYaml(tagsYaml(site), (data) => {
        data.merge = { ...(data.merge ?? {}), [a]: [...(data.merge?.[a] ?? []), b] };
      });
      return `tags.yaml: ${b} merged into ${a}`;
    },
  },
  {
    kind: "tags.yaml ban",
    apply(site, random) {
      const tag = someTag(site, random);
      if (!tag) return "tags.yaml ban: no tag";
      editYaml(tagsYaml(site), (data) => {
        data.ban = [...(data.ban ?? []), tag];
      });
      return `tags.yaml: ${tag} banned`;
    },
  },
  {
    kind: "site.json",
    apply(site, random) {
      const change = random.int(3);
      editSiteJson(site, (settings) => {
        if (change === 0) settings.title = `The Gazette ${random.int(100)}`;
        else if (change === 1) settings.pageSize = 3 + random.int(8);
        else settings.description = `News, edition ${random.int(100)}.`;
      });
      return `site.json: ${["title", "pageSize", "description"][change]}`;
    },
  },
  {
    kind: "site.json reviewThreshold",
    apply(site, random) {
      const threshold = random.pick([0, 0.3, 0.5, 0.6, 0.8, 1]);
      editSiteJson(site, (settings) => (settings.reviewThreshold = threshold));
      return `site.json: reviewThreshold ${threshold}`;
    },
  },
  {
    kind: "people.yaml accepted",
    apply(site, random) {
      const name = someone(site, random);
      if (!name) return "people.yaml accepted: nobody to accept";
      editYaml(peopleYaml(site), (data) => {
        data.accepted = [...(data.accepted ?? []), name];
      });
      return `people.yaml: ${name} accepted`;
    },
  },
  {
    kind: "tags.yaml accepted",
    apply(site, random) {
      const tag = someTag(site, random);
      if (!tag) return "tags.yaml accepted: no tag to accept";
      editYaml(tagsYaml(site), (data) => {
        data.accepted = [...(data.accepted ?? []), tag];
      });
      return `tags.yaml: ${tag} accepted`;
    },
  },
  {
    kind: "articles.yaml section",
    apply: (site, random) =>
      editEntry(site, random, (entry) => {
        if (entry.section && random.int(3) === 0) {
          delete entry.section;
          return "leaves its section";
        }
        entry.section = random.pick(["Business", "Sport", "Politics", "Local News"]);
        return `is in ${entry.section}`;
      }),
  },
  {
    kind: "articles.yaml byline",
    apply: (site, random) =>
      editEntry(site, random, (entry) => {
        const choice = random.int(3);
        if (choice === 0) delete entry.byline;
        else if (choice === 1) entry.byline = personName(random);
        else entry.byline = [personName(random), personName(random)];
        return `byline ${JSON.stringify(entry.byline ?? null)}`;
      }),
  },
  {
    kind: "articles.yaml draft",
    apply: (site, random) =>
      editEntry(site, random, (entry) => {
        if (entry.status === "draft") {
          if (random.int(2)) entry.status = "published";
          else delete entry.status;
          return "published";
        }
        entry.status = "draft";
        return "made a draft";
      }),
  },
  {
    kind: "articles.yaml correction",
    apply: (site, random) =>
      editEntry(site, random, (entry) => {
        entry.corrections = [
          ...(entry.corrections ?? []),
          { date: seedDate(random), text: `An earlier version misspelt ${personName(random)}.` },
        ];
        return `correction ${entry.corrections.length}`;
      }),
  },
  {
    kind: "embargo passes",
    apply(site, random) {
      // The clock moves to just after the next embargoed story's time, so it is published by
      // this build and by nothing else; with none waiting, it moves a few hours on.
      const now = Date.parse(site.now);
      const next = Math.min(...pageTimes(site).filter((time) => time > now));
      const to = Number.isFinite(next) ? next + random.int(3) * HOUR_MS : now + 6 * HOUR_MS;
      site.now = utc(to);
      return `the clock moves to ${site.now}${Number.isFinite(next) ? `, past the embargo of ${utc(next)}` : ""}`;
    },
  },
  {
    kind: "template",
    apply(site, random) {
      const dir = random.pick(["layouts", "partials"]);
      const file = random.pick(
        readdirSync(join(site.templates, dir))
          .filter((name) => name.endsWith(".njk"))
          .sort(),
      );
      const path = join(site.templates, dir, file);
      writeFileSync(
        path,
        `${readFileSync(path, "utf8").trimEnd()}\n<!-- edit ${random.int(1e6)} -->\n`,
      );
      return `template ${dir}/${file}`;
    },
  },
  {
    kind: "new seed",
    apply(site, random) {
      const file = `${String(site.nextSeed).padStart(4, "0")}_new.txt`;
      writeFileSync(join(site.seeds, file), seedText(random, site.nextSeed++));
      site.dates.set(file, seedDate(random));
      writeDates(site);
      return `new seed ${file}`;
    },
  },
  {
    kind: "removed seed",
    prune: true,
    apply(site, random) {
      const file = random.pick(seedFiles(site));
      rmSync(join(site.seeds, file));
      site.dates.delete(file);
      writeDates(site);
      return `removed seed ${file} (--prune)`;
    },
  },
  {
    kind: "moved seed",
    apply(site, random) {
      // Into a section folder, or back to the top; its dates.yaml entry follows it half the time.
      const file = random.pick(seedFiles(site));
      const folder = random.pick(
        ["world", "sport", "business", "."].filter((f) => f !== dirname(file)),
      );
      const to = join(folder, basename(file));
      mkdirSync(join(site.seeds, folder), { recursive: true });
      renameSync(join(site.seeds, file), join(site.seeds, to));
      const date = site.dates.get(file);
      if (date && random.int(2)) {
        site.dates.delete(file);
        site.dates.set(to, date);
        writeDates(site);
      }
      return `moved seed ${file} to ${to}`;
    },
  },
  {
    kind: "date",
    apply(site, random) {
      const file = random.pick(seedFiles(site));
      // One date in three is after the clock: the story is embargoed until an "embargo passes".
      const date = random.int(3)
        ? seedDate(random)
        : utc(Date.parse(site.now) + (1 + random.int(96)) * HOUR_MS);
      site.dates.set(file, date);
      writeDates(site);
      return `date of ${file}: ${date}`;
    },
  },
];
