import slugifyLibrary from "@sindresorhus/slugify";
import { describe, expect, it } from "vitest";
import { slugifyAscii } from "../src/slugify-ascii.ts";

const library = (text: string) => slugifyLibrary(text, { decamelize: false });

describe("slugifyAscii", () => {
  it.each([
    "Jonas Gahr Store",
    "Marks & Spencer",
    "AT&T",
    "It's the economy",
    "Don't stop",
    "Rock 'n' roll",
    "McDonald's",
    "iPhone 6S",
    "NATO",
    "  --Leading and trailing--  ",
    "C:\\path\\to",
    "under_score",
    "50% off!!!",
    "Tab\tand\nnewline",
    "",
    "---",
    "O'Neill",
    "Ministry of Defence (MoD)",
  ])("gives the library's slug for %j", (text) => {
    expect(slugifyAscii(text)).toBe(library(text));
  });

  it.each(["Jonas Gahr Støre", "Zoë", "🦄 magic", "I ♥ NY", "Beyoncé"])(
    "leaves non-ASCII text %j to the library",
    (text) => {
      expect(slugifyAscii(text)).toBeUndefined();
    },
  );
});

describe("slugifyAscii on generated text", () => {
  it("agrees with the library on 3,000 random ASCII strings", () => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const alphabet = "abcXYZ019 '&-_\\.,!?()ts\t";
    for (let n = 0; n < 3000; n++) {
      const text = Array.from(
        { length: 1 + (next() % 24) },
        () => alphabet[next() % alphabet.length],
      ).join("");
      expect(slugifyAscii(text), JSON.stringify(text)).toBe(library(text));
    }
  });
});
