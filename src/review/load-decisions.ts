// Reads content/_data/people.yaml and tags.yaml for review: their text (the review command
// edits it) and the decisions in them, validated by the same parseOverrides ingest uses, so
// a file ingest would refuse is refused here with the same one-line message.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { ConfigError } from "../errors.ts";
import { parseOverrides } from "../extract/parse-overrides.ts";
import { readDecisions, type Decisions } from "./read-decisions.ts";

export const EDITOR_FILES = {
  person: join("_data", "people.yaml"),
  tag: join("_data", "tags.yaml"),
} as const;

export interface EditorFiles {
  /** The files' text; "" when a file does not exist yet. */
  text: { person: string; tag: string };
  decisions: Decisions;
}

export function loadEditorFiles(contentDir: string): EditorFiles {
  const read = (relative: string): string => {
    try {
      return readFileSync(join(contentDir, relative), "utf8");
    } catch {
      return "";
    }
  };
  const text = { person: read(EDITOR_FILES.person), tag: read(EDITOR_FILES.tag) };
  const parse = (kind: "person" | "tag"): unknown => {
    try {
      return parseYaml(text[kind]);
    } catch (error) {
      throw new ConfigError(
        join(contentDir, EDITOR_FILES[kind]),
        `is not valid YAML (${(error as Error).message.split("\n")[0]}); fix the syntax`,
      );
    }
  };
  const people = parse("person");
  const tags = parse("tag");
  try {
    parseOverrides(people, tags);
  } catch (error) {
    // parseOverrides says "people.yaml: <key>: expected …", one line per problem.
    const message = (error as Error).message;
    const kind = message.startsWith("tags.yaml") ? "tag" : "person";
    throw new ConfigError(
      join(contentDir, EDITOR_FILES[kind]),
      message
        .replace(/^(people|tags)\.yaml: /gm, "")
        .split("\n")
        .join("; "),
    );
  }
  return { text, decisions: readDecisions(people, tags) };
}
