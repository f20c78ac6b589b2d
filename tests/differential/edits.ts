// The edits a newsroom makes between builds, each applied at random to a generated site:
// seeds (headline, body, new, removed, date), a hand edit of a page, the editor's people.yaml
// and tags.yaml, site.json and a template. Each returns a line saying what it did, for the log
// printed when an edit's incremental build differs from a scratch build.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
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

function seedFiles(site: EditableSite): string[] {
  return readdirSync(site.seeds)
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
      const path = join(site.content, "_data/site.json");
      const settings = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
      const change = random.int(3);
      if (change === 0) settings.title = `The Gazette ${random.int(100)}`;
      else if (change === 1) settings.pageSize = 3 + random.int(8);
      else settings.description = `News, edition ${random.int(100)}.`;
      writeFileSync(path, `${JSON.stringify(settings, null, 2)}\n`);
      return `site.json: ${["title", "pageSize", "description"][change]}`;
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
    kind: "date",
    apply(site, random) {
      const file = random.pick(seedFiles(site));
      site.dates.set(file, seedDate(random));
      writeDates(site);
      return `date of ${file}`;
    },
  },
];
