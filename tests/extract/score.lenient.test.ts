import { describe, expect, it } from "vitest";
import { matchPeopleLeniently } from "../../src/extract/score.ts";

describe("matchPeopleLeniently", () => {
  it.each([
    ["a spelling without dots", "George W Bush", "George W. Bush"],
    ["a surname for the full name", "Bush", "George W. Bush"],
    ["a fuller form than the gold name", "Henry E. Hale", "Henry Hale"],
  ])("accepts %s", (_, predicted, gold) => {
    expect(matchPeopleLeniently([predicted], [{ name: gold, aliases: [] }]).tp).toBe(1);
  });

  it("accepts a form the article uses for the person", () => {
    expect(
      matchPeopleLeniently(["Mr Hale"], [{ name: "Henry Hale", aliases: ["Mr Hale"] }]).tp,
    ).toBe(1);
  });

  it("keeps a different first name or another surname a miss", () => {
    const m = matchPeopleLeniently(
      ["Jeb Bush", "Laura Hale"],
      [
        { name: "George W. Bush", aliases: [] },
        { name: "Henry Hale", aliases: [] },
      ],
    );
    expect(m).toMatchObject({ tp: 0, fp: 2, fn: 2 });
  });

  it("counts a second prediction for one person as spurious", () => {
    expect(
      matchPeopleLeniently(["Bush", "George Bush"], [{ name: "George W. Bush", aliases: [] }]),
    ).toMatchObject({ tp: 1, fp: 1 });
  });
});
