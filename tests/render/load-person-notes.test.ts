import { describe, expect, it } from "vitest";
import { personNotesFrom } from "../../src/render/load-person-notes.ts";

describe("personNotesFrom", () => {
  it("keeps the editor's role and bio for each person", () => {
    const notes = personNotesFrom({
      people: {
        "Ada Lovelace": {
          role: "Mathematician",
          bio: "Wrote the first program.",
          aliases: ["Ada"],
        },
      },
    });
    expect(notes.get("Ada Lovelace")).toEqual({
      role: "Mathematician",
      bio: "Wrote the first program.",
    });
  });

  it("skips people with only aliases", () => {
    expect(personNotesFrom({ people: { "Ada Lovelace": { aliases: ["Ada"] } } }).size).toBe(0);
  });

  it("gives no notes when the file is absent", () => {
    expect(personNotesFrom(undefined).size).toBe(0);
  });

  it("rejects a malformed file with the key that is wrong", () => {
    expect(() => personNotesFrom({ people: { "Ada Lovelace": { bio: 3 } } })).toThrow(
      /people\.yaml: people\."Ada Lovelace"\.bio/,
    );
  });
});
