import { describe, expect, it } from "vitest";
import { decodeEntities } from "../../src/ingest/decode-entities.ts";
import { decodeSeed } from "../../src/ingest/decode-seed.ts";

describe("decodeEntities", () => {
  it.each([
    ["caf&#233;", "café"],
    ["caf&#xE9;", "café"],
    ["caf&eacute;", "café"],
    ["Marks &amp; Spencer", "Marks & Spencer"],
    ["&lt;script&gt;alert(1)&lt;/script&gt;", "<script>alert(1)</script>"],
    ["&ldquo;Yes,&rdquo; she said &ndash; twice", "“Yes,” she said – twice"],
    ["&#128512;", "😀"],
  ])("decodes %j to the characters it names", (text, expected) => {
    expect(decodeEntities(text)).toBe(expected);
  });

  it.each([
    ["an ampersand that is not a reference", "R&D and AT&T"],
    ["a reference without its semicolon", "&copyright &amp"],
    ["an unknown name", "&nosuch; stays"],
  ])("leaves %s as written", (_case, text) => {
    expect(decodeEntities(text)).toBe(text);
  });

  it("decodes once, so an escaped reference stays visible as a reference", () => {
    expect(decodeEntities("write &amp;lt; for <")).toBe("write &lt; for <");
  });

  it("never makes a new line or a tab out of a reference", () => {
    expect(decodeEntities("one&#10;two&#13;three&#9;four")).toBe("one two three four");
  });
});

describe("decodeSeed with character references", () => {
  it("removes invisible characters that a reference names", () => {
    expect(decodeSeed(Buffer.from("Head&#8203;line\nA&#0;B &#27;[31mred"))!.text).toBe(
      "Headline\nAB red",
    );
  });
});
