import { describe, expect, it } from "vitest";
import {
  fingerprintAssets,
  fingerprintPath,
  rewriteCssUrls,
} from "../../src/render/fingerprint-assets.ts";

describe("fingerprintPath", () => {
  it("puts a content hash before the extension", () => {
    expect(fingerprintPath("fonts/serif.woff2", Buffer.from("x"))).toMatch(
      /^fonts\/serif\.[0-9a-f]{10}\.woff2$/,
    );
  });

  it("changes when the content changes and only then", () => {
    const a = fingerprintPath("site.css", Buffer.from("body{}"));
    expect(fingerprintPath("site.css", Buffer.from("body{}"))).toBe(a);
    expect(fingerprintPath("site.css", Buffer.from("body{ }"))).not.toBe(a);
  });
});

describe("rewriteCssUrls", () => {
  const renamed = new Map([["fonts/a.woff2", "fonts/a.123.woff2"]]);
  it.each([
    ["unquoted", "url(fonts/a.woff2)", "url(fonts/a.123.woff2)"],
    ["double-quoted", 'url("fonts/a.woff2")', 'url("fonts/a.123.woff2")'],
    ["single-quoted", "url('fonts/a.woff2')", "url('fonts/a.123.woff2')"],
    ["unknown files left alone", "url(fonts/b.woff2)", "url(fonts/b.woff2)"],
  ])("rewrites %s references", (_name, css, expected) => {
    expect(rewriteCssUrls(css, renamed)).toBe(expected);
  });
});

describe("fingerprintAssets", () => {
  const font = { name: "fonts/a.woff2", content: Buffer.from("font-v1") };
  const css = { name: "site.css", content: Buffer.from('@font-face{src:url("fonts/a.woff2")}') };

  it("points the stylesheet at the fingerprinted font", () => {
    const built = fingerprintAssets([css, font]);
    expect(built.get("site.css")!.content.toString()).toContain(
      `url("${built.get("fonts/a.woff2")!.path}")`,
    );
  });

  it("gives the stylesheet a new name when only a font it uses changes", () => {
    const before = fingerprintAssets([css, font]).get("site.css")!.path;
    const after = fingerprintAssets([css, { ...font, content: Buffer.from("font-v2") }]).get(
      "site.css",
    )!.path;
    expect(after).not.toBe(before);
  });
});
