import { describe, expect, it } from "vitest";
import { faultMessage, systemFaultOf } from "../../src/cli/system-fault.ts";

describe("systemFaultOf", () => {
  it("finds a file-system fault anywhere in the chain of causes", () => {
    const fault = Object.assign(new Error("ENOSPC: no space left on device, write"), {
      code: "ENOSPC",
      path: "/site/content/articles/a.md",
    });
    expect(systemFaultOf(fault)).toBe(fault);
    expect(systemFaultOf(new Error("wrapped", { cause: fault }))).toBe(fault);
    expect(systemFaultOf({ originalError: fault })).toBe(fault);
  });

  it("ignores errors that are Gazette's or the input's to explain", () => {
    expect(systemFaultOf(new Error("boom"))).toBeUndefined();
    expect(systemFaultOf(Object.assign(new Error("gone"), { code: "ENOENT" }))).toBeUndefined();
    expect(systemFaultOf(Object.assign(new Error("x"), { code: "toString" }))).toBeUndefined();
  });
});

describe("faultMessage", () => {
  it("is one line: the file from where the user stands, what is wrong, what to do", () => {
    expect(faultMessage("ingest", { code: "EROFS", path: "/site/content/articles" }, "/site")).toBe(
      'gazette ingest: content/articles: the file system is read-only; make it writable, then run "gazette ingest" again (pages already written are whole) [EROFS]',
    );
  });
});
