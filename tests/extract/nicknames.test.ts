import { describe, expect, it } from "vitest";
import { isNicknameOf } from "../../src/extract/knowledge/nicknames.ts";

describe("isNicknameOf", () => {
  it("knows the listed nickname of a formal given name, one way round", () => {
    expect(isNicknameOf("joe", "joseph")).toBe(true);
    expect(isNicknameOf("chuck", "charles")).toBe(true);
    expect(isNicknameOf("dick", "richard")).toBe(true);
    expect(isNicknameOf("joseph", "joe")).toBe(false);
    expect(isNicknameOf("joe", "richard")).toBe(false);
    expect(isNicknameOf("toString", "constructor")).toBe(false);
  });
});
