import { describe, expect, it } from "vitest";
import {
  movedFromHandMadePages,
  movedSeeds,
  type PageOfASeed,
} from "../../src/ingest/moved-seeds.ts";

const page = (source: string, seedHash: string, state: PageOfASeed["state"] = "pristine") => ({
  source,
  seedHash,
  state,
});
const exists =
  (...sources: string[]) =>
  (source: string) =>
    sources.includes(source);

describe("movedSeeds", () => {
  it("gives a seed without a page the page made from its text, whose seed is gone", () => {
    const old = page("a.txt", "h1");
    const moved = movedSeeds(
      [{ source: "world/a.txt", textHash: "h1" }],
      [old],
      exists("world/a.txt"),
    );
    expect([...moved]).toEqual([["world/a.txt", old]]);
  });

  it.each([
    ["its old seed still exists", [page("a.txt", "h1")], exists("a.txt", "world/a.txt")],
    ["the page is another text's", [page("a.txt", "h2")], exists("world/a.txt")],
    ["the page is hand-made", [page("a.txt", "h1", "hand-made")], exists("world/a.txt")],
    [
      "the seed has a page of its own",
      [page("a.txt", "h1"), page("world/a.txt", "h3")],
      exists("world/a.txt"),
    ],
  ])("takes over nothing when %s", (_case, pages, seedExists) => {
    expect(movedSeeds([{ source: "world/a.txt", textHash: "h1" }], pages, seedExists).size).toBe(0);
  });

  it("gives one page to one seed only", () => {
    const moved = movedSeeds(
      [
        { source: "sport/a.txt", textHash: "h1" },
        { source: "world/a.txt", textHash: "h1" },
      ],
      [page("a.txt", "h1")],
      exists("sport/a.txt", "world/a.txt"),
    );
    expect([...moved.keys()]).toEqual(["sport/a.txt"]);
  });

  it("keeps an edited page with its seed, so the edit is not lost to a second page", () => {
    const edited = page("a.txt", "h1", "edited");
    expect(
      movedSeeds([{ source: "b/a.txt", textHash: "h1" }], [edited], exists()).get("b/a.txt"),
    ).toBe(edited);
  });
});

describe("movedFromHandMadePages", () => {
  const handMade = (source: string): PageOfASeed => ({ source, state: "hand-made" });

  it("gives a seed without a page the hand-made page of its file name whose seed is gone", () => {
    const old = handMade("a.txt");
    expect([
      ...movedFromHandMadePages([{ source: "world/a.txt" }], [old], exists("world/a.txt")),
    ]).toEqual([["world/a.txt", old]]);
  });

  it.each<[string, PageOfASeed[], string[]]>([
    ["the old seed still exists", [handMade("a.txt")], ["world/a.txt", "a.txt"]],
    ["two such pages share the name", [handMade("a.txt"), handMade("uk/a.txt")], ["world/a.txt"]],
    ["the page was ingest's", [page("a.txt", "h1")], ["world/a.txt"]],
  ])("gives nothing when %s", (_why, pages, seeds) => {
    expect(movedFromHandMadePages([{ source: "world/a.txt" }], pages, exists(...seeds)).size).toBe(
      0,
    );
  });

  it("gives nothing when two seeds of that name could be it", () => {
    const seeds = [{ source: "world/a.txt" }, { source: "uk/a.txt" }];
    expect(
      movedFromHandMadePages(seeds, [handMade("a.txt")], exists("world/a.txt", "uk/a.txt")).size,
    ).toBe(0);
  });
});
