import { describe, expect, it } from "vitest";
import { decodeSeed } from "../../src/ingest/decode-seed.ts";

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((part) => (typeof part === "string" ? Buffer.from(part, "utf8") : Buffer.from(part))),
  );

describe("decodeSeed", () => {
  it.each([
    ["UTF-8", bytes("Headline\nBody")],
    ["UTF-8 with a BOM", bytes([0xef, 0xbb, 0xbf], "Headline\nBody")],
    ["CRLF line endings", bytes("Headline\r\nBody")],
    ["CR-only line endings", bytes("Headline\rBody")],
  ])("reads %s as the same text", (_case, input) => {
    expect(decodeSeed(input)).toEqual({ text: "Headline\nBody", encoding: "utf-8" });
  });

  it("normalises text to NFC", () => {
    expect(decodeSeed(bytes("Sto\u0308re"))!.text).toBe("St\u00f6re");
  });

  it("falls back to Windows-1252 for bytes that are not UTF-8, and says so", () => {
    // "£5 – café" in Windows-1252: £ = A3, en dash = 96, é = E9
    const result = decodeSeed(bytes([0xa3], "5 ", [0x96], " caf", [0xe9]));
    expect(result).toEqual({ text: "£5 – café", encoding: "windows-1252" });
  });

  it("removes control characters, zero-width characters and replacement characters", () => {
    const result = decodeSeed(bytes("A\u0000B\u001bC\u0007D\u200bE\ufffdF\u0085G"));
    expect(result!.text).toBe("ABCDEFG");
  });

  it("keeps tabs as spaces and newlines as paragraph breaks", () => {
    expect(decodeSeed(bytes("a\tb\nc"))!.text).toBe("a b\nc");
  });

  it("refuses binary files", () => {
    expect(decodeSeed(Buffer.from("H\u0000e\u0000a\u0000d\u0000", "latin1"))).toBeNull();
  });
});
