import { describe, expect, it } from "vitest";
import { closestWord, editDistance } from "../../src/cli/did-you-mean.ts";

const COMMANDS = ["ingest", "build", "serve", "init"];

describe("closestWord", () => {
  it.each([
    ["biuld", "build"],
    ["buidl", "build"],
    ["bild", "build"],
    ["serv", "serve"],
    ["ingets", "ingest"],
    ["BUILD", "build"],
  ])("takes %s for a slip of %s", (input, expected) => {
    expect(closestWord(input, COMMANDS)).toBe(expected);
  });

  it.each(["deploy", "x", "publish", "bs"])(
    "suggests nothing for %s, which is no near miss",
    (input) => {
      expect(closestWord(input, COMMANDS)).toBeUndefined();
    },
  );

  it("suggests flags by their names", () => {
    expect(closestWord("ot", ["out", "seeds", "content"])).toBe("out");
    expect(closestWord("path-prefx", ["path-prefix", "port"])).toBe("path-prefix");
  });
});

describe("editDistance", () => {
  it.each([
    ["build", "build", 0],
    ["biuld", "build", 1],
    ["bild", "build", 1],
    ["builds", "build", 1],
    ["serve", "build", 5],
    ["", "abc", 3],
  ])("from %s to %s is %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});
