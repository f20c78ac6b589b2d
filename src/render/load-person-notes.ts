// The editor's notes on people (role and bio) from content/_data/people.yaml, the same file
// ingest reads, validated by the extractor's parseOverrides so both stages agree on its shape.
// Render shows the bio on the person page and prefers the editor's role to the extracted one.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { parseOverrides } from "../extract/parse-overrides.ts";
import type { PersonNote } from "./build-site-model.ts";

export const PEOPLE_FILE = join("_data", "people.yaml");

/** Canonical name → note, for people with a role or bio; empty when the file is absent. */
export function personNotesFrom(peopleYaml: unknown): Map<string, PersonNote> {
  const notes = new Map<string, PersonNote>();
  for (const [name, override] of Object.entries(parseOverrides(peopleYaml, undefined).people)) {
    const note: PersonNote = {};
    if (override.role) note.role = override.role;
    if (override.bio) note.bio = override.bio;
    if (note.role || note.bio) notes.set(name, note);
  }
  return notes;
}

export function loadPersonNotes(contentDir: string): Map<string, PersonNote> {
  let text: string;
  try {
    text = readFileSync(join(contentDir, PEOPLE_FILE), "utf8");
  } catch {
    return new Map();
  }
  return personNotesFrom(parseYaml(text));
}
