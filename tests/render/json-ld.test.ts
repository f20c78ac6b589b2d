import { describe, expect, it } from "vitest";
import { jsonForScript } from "../../src/render/json-ld.ts";

describe("jsonForScript", () => {
  it.each([
    "</script><script>alert(1)</script>",
    "<!-- comment -->",
    "a & b",
    "line\u2028separator",
    'quotes " and \\ backslashes',
  ])("cannot end the script block, and reads back the same: %j", (headline) => {
    const json = jsonForScript({ headline });
    expect(json).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(json)).toEqual({ headline });
  });
});
