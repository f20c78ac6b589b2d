import { describe, expect, it } from "vitest";
import { cutAround, mentionContext } from "../../src/review/mention-context.ts";

const article = (body: string, title = "A headline", description = "") => ({
  title,
  description,
  body,
});

describe("mentionContext", () => {
  it.each([
    [
      "the sentence naming the person",
      article("It rained. Mara Oyelaran opened the wall. Then it stopped."),
      ["Mara Oyelaran"],
      "Mara Oyelaran opened the wall.",
    ],
    [
      "the headline when it names them first",
      article("Oyelaran spoke.", "Oyelaran opens wall"),
      ["Oyelaran"],
      "Oyelaran opens wall",
    ],
    [
      "the first of several forms, longest first",
      article("Ms Oyelaran spoke. Mara Oyelaran left."),
      ["Oyelaran", "Mara Oyelaran"],
      "Ms Oyelaran spoke.",
    ],
    [
      "text without ingest's markdown escapes",
      article("1\\. Smith \\& Co said \\*no\\*."),
      ["Smith"],
      "1. Smith & Co said *no*.",
    ],
    ["the headline when no sentence names it", article("Nothing here."), ["Nobody"], "A headline"],
  ])("gives %s", (_, input, forms, expected) => {
    expect(mentionContext(input, forms)).toBe(expected);
  });
});

describe("cutAround", () => {
  const long =
    "The council met on Tuesday evening to discuss the harbour wall, the ferry timetable, the school roof and, at the very end, a question from Mara Oyelaran about the budget for next year.";

  it("keeps a short sentence whole", () => {
    expect(cutAround("Short.", 0, 5)).toBe("Short.");
  });

  it("cuts a long sentence to about 100 characters at word boundaries, keeping the name in view", () => {
    const at = long.indexOf("Mara Oyelaran");
    const cut = cutAround(long, at, "Mara Oyelaran".length);
    expect(cut).toContain("Mara Oyelaran");
    expect(cut.length).toBeLessThanOrEqual(102);
    expect(cut.startsWith("…")).toBe(true);
    expect(cut).toMatch(/^…\w/);
  });
});
