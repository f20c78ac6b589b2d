// Content hashes: short, stable identifiers for texts (cache keys, slug tie-breakers, edit checks).
import { createHash } from "node:crypto";

/** Hex SHA-256 of a string's UTF-8 bytes, cut to `length` characters. */
export function hashText(text: string, length = 16): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, length);
}
