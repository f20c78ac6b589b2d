// Bytes of a seed file → clean text. Seeds come from many hands: UTF-8 with or without a BOM,
// Windows-1252 from old desktop tools, CRLF or CR line endings, stray control characters.
// The result is NFC text with "\n" line ends, HTML character references decoded
// (decode-entities.ts) and nothing a reader should never see.

export interface DecodedSeed {
  text: string;
  /** Set when the bytes were not UTF-8 and were read as Windows-1252 instead. */
  encoding: "utf-8" | "windows-1252";
}

import iconv from "iconv-lite";
import { decodeEntities } from "./decode-entities.ts";

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

// C0 controls except tab and newline, DEL, C1 controls, zero-width space/word joiner/BOM, the
// replacement character and the bidi controls (src/bidi-controls.ts): invisible or broken on a
// page, they split names for the extractor, and bidi overrides make text read as other text.
const INVISIBLE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B\u2060\uFEFF\uFFFD\u202A-\u202E\u2066-\u2069]/g;

/** Share of NUL bytes above which a file is binary (UTF-16 text is ~50% NUL) rather than text
 * with a stray NUL, which is simply removed. */
const BINARY_NUL_SHARE = 0.1;

/**
 * Decodes seed bytes, or returns null when they are not text at all (e.g. an image or a
 * UTF-16 file, which is full of NUL bytes).
 * @example
 * decodeSeed(Buffer.from("\uFEFFHeadline\r\nBody")) //=> { text: "Headline\nBody", encoding: "utf-8" }
 */
export function decodeSeed(bytes: Uint8Array): DecodedSeed | null {
  if (looksBinary(bytes)) return null;
  let text: string;
  let encoding: DecodedSeed["encoding"] = "utf-8";
  try {
    text = utf8.decode(bytes);
  } catch {
    // Not valid UTF-8: every byte sequence is valid Windows-1252, which is what such files
    // almost always are (Word, old CMSs); the caller warns so a person can check the result.
    // iconv-lite rather than TextDecoder: Node's "windows-1252" decoder is really Latin-1 and
    // turns the curly quotes and dashes at 0x80–0x9F into invisible control characters.
    text = iconv.decode(Buffer.from(bytes), "windows-1252");
    encoding = "windows-1252";
  }
  // References first, so that one naming an invisible character ("&#8203;") is cleaned too.
  return { text: cleanText(decodeEntities(text)), encoding };
}

// Terminal colour codes pasted from a console ("\x1b[31m"): the whole sequence goes, not just
// the ESC, or "[31m" would be left in the text.
const ANSI_ESCAPE = /\u001B\[[0-9;?]*[ -/]*[@-~]/g;

/** Line endings to "\n", tabs to spaces, invisible characters removed, NFC. */
export function cleanText(text: string): string {
  return text
    .replace(ANSI_ESCAPE, "")
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, " ")
    .replace(INVISIBLE, "")
    .normalize("NFC");
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let nuls = 0;
  for (const byte of sample) if (byte === 0) nuls++;
  return sample.length > 0 && nuls / sample.length > BINARY_NUL_SHARE;
}
