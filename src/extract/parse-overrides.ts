// Validates the editor's content/_data/people.yaml and tags.yaml (already parsed by
// ingest; undefined when a file is absent) into one Overrides value. Errors name the
// file, the key path and what was expected, e.g.
//   people.yaml: people."Tony Blair".aliases: expected a list of names, got string
// The shapes are documented with examples in the two YAML files themselves.
import { z } from "zod";
import { foldName } from "./fold-name.ts";
import { stripBidiControls } from "../bidi-controls.ts";
import { findProtoKey, ownRecord } from "../own-record.ts";

// Bidi controls would make a name on the site read as another (src/bidi-controls.ts).
const name = z
  .string({ error: "expected a name (text)" })
  .transform(stripBidiControls)
  .pipe(z.string().trim().min(1, { error: "expected a non-empty name" }));
const names = z.array(name, { error: "expected a list of names" });

const personSchema = z
  .object(
    {
      aliases: names.optional(),
      role: z.string({ error: "expected the role as text" }).optional(),
      bio: z.string({ error: "expected a short bio as text" }).optional(),
    },
    { error: "expected a mapping with aliases / role / bio" },
  )
  .strict();

const namesakeSchema = z
  .object(
    {
      name,
      tags: names.optional(),
      sources: names.optional(),
      default: z.boolean({ error: "expected true or false" }).optional(),
    },
    { error: "expected a mapping with name and tags / sources / default" },
  )
  .strict();

const peopleFileSchema = z
  .object(
    {
      people: z
        .record(z.string(), personSchema.nullable(), {
          error: "expected a mapping of canonical name → details",
        })
        .optional(),
      not_people: names.optional(),
      namesakes: z
        .record(z.string(), z.array(namesakeSchema, { error: "expected a list of namesake rules" }))
        .optional(),
      // Names the editor approved in `gazette review` (src/review/): read by render, not ingest.
      accepted: names.optional(),
    },
    { error: "expected a mapping with people / not_people / namesakes / accepted" },
  )
  .strict();

const tagsFileSchema = z
  .object(
    {
      rename: z
        .record(z.string(), name, { error: "expected a mapping of old tag → new tag" })
        .optional(),
      merge: z
        .record(z.string(), names, {
          error: "expected a mapping of canonical tag → list of aliases",
        })
        .optional(),
      ban: names.optional(),
      accepted: names.optional(),
    },
    { error: "expected a mapping with rename / merge / ban / accepted" },
  )
  .strict();

export interface PersonOverride {
  aliases: string[];
  role?: string;
  bio?: string;
}

/** One way to tell namesakes apart: the first rule whose tags or sources match wins. */
export interface NamesakeRule {
  name: string;
  tags: string[];
  sources: string[];
  default: boolean;
}

export interface Overrides {
  /** Canonical name → the editor's aliases, role and bio (render shows role and bio). */
  people: Record<string, PersonOverride>;
  /** Folded alias or canonical name → canonical name. */
  personAlias: Map<string, string>;
  /** Folded names that are never people. */
  notPeople: Set<string>;
  /** Folded ambiguous name → rules choosing the person meant. */
  namesakes: Map<string, NamesakeRule[]>;
  /** Folded tag → display tag (renames and merges). */
  tagAlias: Map<string, string>;
  /** Folded tags that are never shown. */
  bannedTags: Set<string>;
}

function validate<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  // zod drops a "__proto__" key without a word; say so instead (issue 13, bug 6).
  const proto = findProtoKey(value);
  if (proto)
    throw new Error(
      `${file}: ${proto.join(".")}: "__proto__" cannot be used as a name here; remove it or spell the name differently`,
    );
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const path = issue.path
      .map((p) => (typeof p === "string" && /[^\w-]/.test(p) ? JSON.stringify(p) : String(p)))
      .join(".");
    const unknownKeys =
      issue.code === "unrecognized_keys" ? `unknown key(s) ${issue.keys.join(", ")}; ` : "";
    return `${file}: ${path || "(top level)"}: ${unknownKeys}${issue.message}`;
  });
  throw new Error(lines.join("\n"));
}

export function parseOverrides(peopleYaml: unknown, tagsYaml: unknown): Overrides {
  const peopleFile = validate(peopleFileSchema, peopleYaml, "people.yaml");
  const tagsFile = validate(tagsFileSchema, tagsYaml, "tags.yaml");
  const people: Record<string, PersonOverride> = ownRecord({});
  const personAlias = new Map<string, string>();
  for (const [key, details] of Object.entries(peopleFile.people ?? {})) {
    const canonical = stripBidiControls(key);
    const entry: PersonOverride = { aliases: details?.aliases ?? [] };
    if (details?.role) entry.role = details.role;
    if (details?.bio) entry.bio = details.bio;
    people[canonical] = entry;
    personAlias.set(foldName(canonical), canonical);
    for (const alias of entry.aliases) personAlias.set(foldName(alias), canonical);
  }
  const namesakes = new Map<string, NamesakeRule[]>();
  for (const [form, rules] of Object.entries(peopleFile.namesakes ?? {}))
    namesakes.set(
      foldName(form),
      rules.map((r) => ({
        name: r.name,
        tags: r.tags ?? [],
        sources: r.sources ?? [],
        default: r.default ?? false,
      })),
    );
  const tagAlias = new Map<string, string>();
  for (const [from, to] of Object.entries(tagsFile.rename ?? {})) tagAlias.set(foldName(from), to);
  for (const [key, aliases] of Object.entries(tagsFile.merge ?? {}))
    for (const alias of aliases) tagAlias.set(foldName(alias), stripBidiControls(key));
  return {
    people,
    personAlias,
    notPeople: new Set((peopleFile.not_people ?? []).map(foldName)),
    namesakes,
    tagAlias,
    bannedTags: new Set((tagsFile.ban ?? []).map(foldName)),
  };
}
