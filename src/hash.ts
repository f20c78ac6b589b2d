// Content hashes: short, stable identifiers for texts and files (cache keys, slug
// tie-breakers, edit checks, fingerprinted asset names). One function, so every hash in
// Gazette is the same kind of hash.
import { createHash } from "node:crypto";

/** Hex SHA-256 of a string's UTF-8 bytes (or of raw bytes), cut to `length` characters. */
export function hashText(content: string | Uint8Array, length = 16): string {
  return createHash("sha256").update(content).digest("hex").slice(0, length);
}
