import { describe, expect, it } from "vitest";
import { matchEntities, scores } from "../../src/extract/score.ts";

describe("score", () => {
  it.each([
    [{ tp: 0, fp: 0, fn: 0 }, 1, 1, 1],
    [{ tp: 1, fp: 1, fn: 0 }, 0.5, 1, 2 / 3],
    [{ tp: 0, fp: 2, fn: 2 }, 0, 0, 0],
    [{ tp: 3, fp: 1, fn: 1 }, 0.75, 0.75, 0.75],
  ])("computes P/R/F1 for %j", (counts, p, r, f1) => {
    const s = scores(counts);
    expect(s.precision).toBeCloseTo(p);
    expect(s.recall).toBeCloseTo(r);
    expect(s.f1).toBeCloseTo(f1);
  });

  it("matches people exactly and places through aliases, ignoring case", () => {
    expect(
      matchEntities(["Tony blair"], [{ name: "Tony Blair", aliases: [] }], "exact"),
    ).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(
      matchEntities(["uk"], [{ name: "United Kingdom", aliases: ["UK"] }], "folded"),
    ).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it("takes initials' and a closing suffix's full stops, the space between initials and ’ as optional, and nothing else", () => {
    expect(
      matchEntities(["George W. Bush"], [{ name: "George W Bush", aliases: [] }], "exact"),
    ).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(
      matchEntities(["George H. W. Bush"], [{ name: "George H.W. Bush", aliases: [] }], "exact"),
    ).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(
      matchEntities(["Donald Trump Jr."], [{ name: "Donald Trump Jr", aliases: [] }], "exact"),
    ).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(
      matchEntities(["George H. Bush"], [{ name: "George W. Bush", aliases: [] }], "exact"),
    ).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(
      matchEntities(["George Bush"], [{ name: "George W Bush", aliases: [] }], "exact"),
    ).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(
      matchEntities(["Jr. Smith"], [{ name: "Jr Smith", aliases: [] }], "exact"),
    ).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(
      matchEntities(["Beto O’Rourke"], [{ name: "Beto O'Rourke", aliases: [] }], "exact"),
    ).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it("counts a second prediction for the same entity as a false positive", () => {
    expect(
      matchEntities(
        ["UK", "Britain"],
        [{ name: "United Kingdom", aliases: ["UK", "Britain"] }],
        "folded",
      ),
    ).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });
});
