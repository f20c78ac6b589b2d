import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXTRACTOR_VERSION } from "../../src/extract/index.ts";
import { extractorCodeVersion, versionOfCode } from "../../src/ingest/ingest-memo.ts";

describe("the version the extraction cache is keyed by", () => {
  it("changes when a file of the code changes, without any hand-kept bump", () => {
    const dir = mkdtempSync(join(tmpdir(), "gazette-code-version-"));
    writeFileSync(join(dir, "rule.ts"), "export const rule = 1;\n");
    const before = versionOfCode("1.0.0", [dir], []);
    expect(versionOfCode("1.0.0", [dir], [])).toBe(before);
    writeFileSync(join(dir, "rule.ts"), "export const rule = 2;\n");
    expect(versionOfCode("1.0.0", [dir], [])).not.toBe(before);
  });

  it("changes with the installed version of a knowledge package", () => {
    const dir = mkdtempSync(join(tmpdir(), "gazette-code-version-"));
    expect(versionOfCode("1.0.0", [dir], ["nspell"])).not.toBe(
      versionOfCode("1.0.0", [dir], ["a-package-that-is-not-installed"]),
    );
  });

  it("carries the extractor's own version and is the same for the whole run", () => {
    expect(extractorCodeVersion().startsWith(`${EXTRACTOR_VERSION}-`)).toBe(true);
    expect(extractorCodeVersion()).toBe(extractorCodeVersion());
  });
});
