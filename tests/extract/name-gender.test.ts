import { describe, expect, it } from "vitest";
import { genderOf } from "../../src/extract/name-gender.ts";

describe("genderOf", () => {
  it.each([
    ["Judith Miller", "female"],
    ["Jeff Sessions", "male"],
    ["Scooter Libby", undefined],
    ["Pat Smith", undefined],
  ])("reads %s as %s", (name, gender) => {
    expect(genderOf(name)).toBe(gender);
  });
});
