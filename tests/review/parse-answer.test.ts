import { describe, expect, it } from "vitest";
import { parseAnswer } from "../../src/review/parse-answer.ts";

const vera = { kind: "person" as const, name: "Vera Drake" };

describe("parseAnswer", () => {
  it.each([
    ["a", { do: "decide", decision: { kind: "person", name: "Vera Drake", action: "accept" } }],
    [
      " Accept ",
      { do: "decide", decision: { kind: "person", name: "Vera Drake", action: "accept" } },
    ],
    ["r", { do: "decide", decision: { kind: "person", name: "Vera Drake", action: "reject" } }],
    [
      "m Vera Drake (film)",
      {
        do: "decide",
        decision: {
          kind: "person",
          name: "Vera Drake",
          action: "merge",
          target: "Vera Drake (film)",
        },
      },
    ],
    [
      'merge into "Imelda Staunton"',
      {
        do: "decide",
        decision: {
          kind: "person",
          name: "Vera Drake",
          action: "merge",
          target: "Imelda Staunton",
        },
      },
    ],
    [
      "n Vera  Drake Jr",
      {
        do: "decide",
        decision: {
          kind: "person",
          name: "Vera Drake",
          action: "rename",
          target: "Vera  Drake Jr",
        },
      },
    ],
    ["s", { do: "skip" }],
    ["q", { do: "quit" }],
    [undefined, { do: "quit" }],
  ])("reads %j", (line, expected) => {
    expect(parseAnswer(line, vera)).toEqual(expected);
  });

  it("asks for the name when a merge or rename comes without one", () => {
    expect(parseAnswer("m", vera)).toEqual({
      do: "ask",
      action: "merge",
      question: 'Merge "Vera Drake" into which person? ',
    });
    expect(parseAnswer("n", vera)).toMatchObject({ do: "ask", action: "rename" });
  });

  it.each([["x"], [""], ["n Vera Drake"]])("asks again after %j, saying what to type", (line) => {
    expect(parseAnswer(line, vera)).toMatchObject({
      do: "again",
      message: expect.stringMatching(/type/),
    });
  });
});
