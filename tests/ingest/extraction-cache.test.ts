import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ExtractionCache } from "../../src/ingest/extraction-cache.ts";
import type { Extraction } from "../../src/extract/types.ts";

const extraction: Extraction = {
  people: [{ name: "Jane Smith", forms: ["Smith"] }],
  places: ["York"],
  organisations: [],
  topics: [],
  quotes: [],
};

describe("ExtractionCache", () => {
  it("remembers extractions between runs, per extractor version", () => {
    const dir = mkdtempSync(join(tmpdir(), "gazette-cache-"));
    const cache = ExtractionCache.open(dir, "1");
    cache.set("abc", extraction);
    cache.save(new Set(["abc"]));
    expect(ExtractionCache.open(dir, "1").get("abc")).toEqual(extraction);
    expect(ExtractionCache.open(dir, "2").get("abc")).toBeUndefined();
  });

  it("forgets texts that are no longer seeds", () => {
    const dir = mkdtempSync(join(tmpdir(), "gazette-cache-"));
    const cache = ExtractionCache.open(dir, "1");
    cache.set("old", extraction);
    cache.set("new", extraction);
    cache.save(new Set(["new"]));
    const reopened = ExtractionCache.open(dir, "1");
    expect(reopened.get("old")).toBeUndefined();
    expect(reopened.get("new")).toEqual(extraction);
  });

  it("treats a corrupt cache file as empty", () => {
    const dir = mkdtempSync(join(tmpdir(), "gazette-cache-"));
    ExtractionCache.open(dir, "1").save(new Set());
    const cache = ExtractionCache.open(dir, "1");
    cache.set("abc", extraction);
    cache.save(new Set(["abc"]));
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file!), "{ truncated");
    expect(ExtractionCache.open(dir, "1").get("abc")).toBeUndefined();
  });
});
