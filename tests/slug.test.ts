import { describe, expect, it } from "vitest";
import { MAX_SLUG_LENGTH, slugify, truncateSlug } from "../src/slug.ts";

describe("slugify", () => {
  it.each([
    ["Jonas Gahr Støre", "jonas-gahr-store"],
    ["Storm hits coast", "storm-hits-coast"],
    ["STORM HITS COAST!", "storm-hits-coast"],
    ["Sto\u0308rm hits coast", "stoerm-hits-coast"],
    ["Łódź, Đakovo and Æbeltoft", "lodz-dakovo-and-aebeltoft"],
    ["U.S. allies", "u-s-allies"],
    ["../../etc/passwd", "etc-passwd"],
    ["C:\\Windows\\evil", "c-windows-evil"],
    ["iPhone sales", "iphone-sales"],
  ])("folds %j to the ASCII slug %j", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it("gives the same slug for composed and decomposed Unicode", () => {
    expect(slugify("Café crème")).toBe(slugify("Cafe\u0301 cre\u0300me"));
  });

  it.each(["", "???", "— … —", "日本語"])(
    "returns an empty slug for %j so callers pick a fallback",
    (text) => {
      expect(slugify(text)).toBe("");
    },
  );

  it("never returns a slug longer than the limit, and never cuts inside a word", () => {
    const slug = slugify("word ".repeat(100));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.split("-").every((part) => part === "word")).toBe(true);
  });

  it("cuts a single very long word at the limit", () => {
    expect(truncateSlug("a".repeat(200), 80)).toBe("a".repeat(80));
  });
});
