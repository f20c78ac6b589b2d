import { describe, expect, it } from "vitest";
import { tagsOf } from "../../src/extract/tags-of.ts";
import type { Extraction } from "../../src/extract/types.ts";

const extraction = (over: Partial<Extraction>): Extraction => ({
  people: [],
  places: [],
  organisations: [],
  topics: [],
  quotes: [],
  ...over,
});

describe("tagsOf", () => {
  it("drops places and organisations whose form shows they are no tag", () => {
    const tags = tagsOf(
      extraction({ places: ["Portugal", "St"], organisations: ["Group A", "Uefa", "of Lords"] }),
    );
    expect(tags).toEqual(["Portugal", "Uefa"]);
  });

  it("drops a place or organisation spelled like a person of the article", () => {
    const tags = tagsOf(
      extraction({
        people: [
          { name: "Eidur Gudjohnsen", forms: ["Gudjohnsen"] },
          { name: "Arjen Robben", forms: [] },
        ],
        places: ["Arjen Robben", "London"],
        organisations: ["Gudjohnsen", "Chelsea"],
      }),
    );
    expect(tags).toEqual(["London", "Chelsea"]);
  });

  it("gives one tag to two names of one thing", () => {
    const tags = tagsOf(
      extraction({
        places: ["Exeter"],
        organisations: ["Manchester United", "UN", "Exeter City", "United Nations"],
      }),
    );
    expect(tags).toEqual(["Exeter City", "Manchester United", "United Nations"]);
  });

  it("lets a name mentioned in passing only fill the first two place and organisation tags", () => {
    const passing = ["Germany", "Reuters"];
    expect(
      tagsOf(extraction({ places: ["Wales", "Germany"], organisations: ["Reuters"], passing })),
    ).toEqual(["Wales", "Germany"]);
    expect(
      tagsOf(
        extraction({ places: ["Wales", "Germany"], organisations: ["Corus", "Reuters"], passing }),
      ),
    ).toEqual(["Wales", "Corus"]);
  });
});
