import { describe, expect, it } from "vitest";
import { NO_DECISIONS, readDecisions } from "../../src/review/read-decisions.ts";
import { publishedSlugs, reviewItems, type ReviewArticle } from "../../src/review/review-items.ts";

let n = 0;
function article(fields: Partial<ReviewArticle>): ReviewArticle {
  n += 1;
  return {
    title: `Story ${n}`,
    description: "",
    date: `2025-04-${String(10 + n).padStart(2, "0")}T09:00:00Z`,
    people: [],
    tags: [],
    body: "",
    file: `articles/story-${n}.md`,
    ...fields,
  };
}

const ARTICLES = [
  article({
    people: ["Mara Oyelaran", "Aviator"],
    tags: ["Harbourton", "Ferries"],
    roles: { "Mara Oyelaran": "Mayor" },
    body: "Aviator was shown.",
  }),
  article({ people: [], tags: ["Tides", "Aviator"] }),
  article({
    people: ["Mara Oyelaran", "Vera Drake"],
    tags: ["Harbourton"],
    title: "Vera Drake wins",
    quotes: [{ speaker: "Mara Oyelaran", text: "Good." }],
  }),
  article({ people: ["Tomas Reyne"], tags: ["Tides"], aliases: { "Tomas Reyne": ["Reyne"] } }),
];
const byName = (items: ReturnType<typeof reviewItems>) =>
  new Map(items.map((item) => [`${item.kind}:${item.name}`, item]));

describe("reviewItems", () => {
  const items = byName(reviewItems(ARTICLES, NO_DECISIONS, 0.5));

  it.each([
    ["person:Mara Oyelaran", 2, "confident"],
    ["person:Tomas Reyne", 1, "confident"],
    ["person:Vera Drake", 1, "pending"],
    ["person:Aviator", 1, "pending"],
    ["tag:Harbourton", 2, "confident"],
    ["tag:Tides", 2, "confident"],
    ["tag:Ferries", 1, "confident"],
    ["tag:Aviator", 1, "pending"],
  ])("counts the articles of %s and gives it its status", (key, articles, status) => {
    expect(items.get(key)).toMatchObject({ articles, status });
  });

  it("gathers each kind of evidence from the front matter", () => {
    expect(items.get("person:Mara Oyelaran")!.evidence).toEqual({
      articles: 2,
      fullName: true,
      titled: true,
      quoted: true,
      repeated: false,
      prominent: false,
      contested: false,
    });
    expect(items.get("person:Tomas Reyne")!.evidence).toMatchObject({ repeated: true });
    expect(items.get("person:Vera Drake")!.evidence).toMatchObject({
      prominent: true,
      fullName: true,
    });
    expect(items.get("tag:Harbourton")!.evidence).toEqual({
      articles: 2,
      leading: true,
      prominent: false,
      contested: false,
    });
    expect(items.get("person:Aviator")!.evidence).toMatchObject({ contested: true });
    expect(items.get("tag:Aviator")!.evidence).toMatchObject({ contested: true });
  });

  it("groups spellings that share a URL, as render does, and keeps the oldest article for context", () => {
    const grouped = reviewItems(
      [article({ tags: ["NATO"] }), article({ tags: ["Nato"] }), article({ tags: ["NATO"] })],
      NO_DECISIONS,
      0.5,
    );
    expect(grouped).toHaveLength(1);
    expect(grouped[0]).toMatchObject({ name: "NATO", slug: "nato", articles: 3 });
    expect(grouped[0]!.firstArticle.tags).toEqual(["NATO"]);
  });

  it("lists the most-named first", () => {
    expect(reviewItems(ARTICLES, NO_DECISIONS, 0.5)[0]!.articles).toBe(2);
  });

  it("honours the threshold: 0 publishes everything, 1.01 nothing", () => {
    expect(
      reviewItems(ARTICLES, NO_DECISIONS, 0).every((item) => item.status === "confident"),
    ).toBe(true);
    expect(
      reviewItems(ARTICLES, NO_DECISIONS, 1.01).every((item) => item.status === "pending"),
    ).toBe(true);
  });

  it("publishes what the editor accepted and holds back what they rejected or merged", () => {
    const decisions = readDecisions(
      {
        accepted: ["Vera Drake"],
        not_people: ["Aviator"],
        people: { "Tomas Reyne": { aliases: ["Mara Oyelaran"] } },
      },
      { accepted: ["Aviator"], ban: ["Tides"] },
    );
    const decided = byName(reviewItems(ARTICLES, decisions, 0.5));
    expect(decided.get("person:Vera Drake")!.status).toBe("accepted");
    expect(decided.get("person:Aviator")!.status).toBe("decided");
    expect(decided.get("person:Mara Oyelaran")!.status).toBe("decided");
    expect(decided.get("person:Tomas Reyne")!.status).toBe("accepted");
    expect(decided.get("tag:Aviator")!.status).toBe("accepted");
    expect(decided.get("tag:Tides")!.status).toBe("decided");
    const published = publishedSlugs([...decided.values()]);
    expect([...published.person].sort()).toEqual(["tomas-reyne", "vera-drake"]);
    expect([...published.tag].sort()).toEqual(["aviator", "ferries", "harbourton"]);
  });
});

describe("readDecisions", () => {
  it("takes renames and merges as accepting their target and deciding their source", () => {
    const decisions = readDecisions(
      { namesakes: { "Michael Jackson": [{ name: "Michael Jackson (singer)", default: true }] } },
      { rename: { Nato: "NATO" }, merge: { "European Union": ["EU"] } },
    );
    expect([...decisions.accepted.person]).toEqual(["michael-jackson-singer"]);
    expect([...decisions.decided.person]).toEqual(["michael-jackson"]);
    expect([...decisions.accepted.tag].sort()).toEqual(["european-union", "nato"]);
    expect([...decisions.decided.tag].sort()).toEqual(["eu", "nato"]);
  });
});
