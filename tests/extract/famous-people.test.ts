import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.ts";
import {
  bearersOf,
  famousBearerOf,
  isKnownWork,
} from "../../src/extract/knowledge/famous-people.ts";
import { wikipediaTitles } from "../../src/extract/knowledge/wikipedia-titles.ts";

const people = (...paragraphs: string[]) =>
  extractArticle({ headline: "A story", paragraphs }).people.map((p) => p.name);

describe("the knowledge source", () => {
  it("holds tens of thousands of popular Wikipedia titles, lower-case", () => {
    const titles = wikipediaTitles();
    expect(titles.size).toBeGreaterThan(30_000);
    expect(titles.has("barack obama")).toBe(true);
  });
});

describe("famousBearerOf", () => {
  it.each([
    ["Obama", "barack obama"],
    ["Putin", "vladimir putin"],
    ["Merkel", "angela merkel"],
  ])("gives %s to the one famous bearer of the surname", (surname, expected) => {
    expect(famousBearerOf(surname)?.join(" ")).toBe(expected);
  });

  it.each(["Smith", "Ryan", "Clinton", "Potter", "Blair"])(
    "leaves %s alone: several bearers, or a fictional one",
    (surname) => {
      expect(famousBearerOf(surname)).toBeUndefined();
    },
  );
});

describe("famousBearerOf under a title", () => {
  it("takes a titled surname for the one person whose name ends in it, a first name elsewhere no rival", () => {
    expect(famousBearerOf("Kerry")).toBeUndefined();
    expect(famousBearerOf("Kerry", "office")?.join(" ")).toBe("john kerry");
    expect(famousBearerOf("Kerry", "courtesy")?.join(" ")).toBe("john kerry");
  });

  it("never gives an office to an actor or a singer", () => {
    expect(famousBearerOf("Portman")?.join(" ")).toBe("natalie portman");
    expect(famousBearerOf("Portman", "office")).toBeUndefined();
  });

  it("names a senator by surname alone no actor in an article", () => {
    expect(people("Sen. Portman spoke.", "Secretary Kerry met him.").sort()).toEqual([
      "John Kerry",
      "Portman",
    ]);
  });
});

describe("a well-known person named only by surname", () => {
  it("gets the full name and keeps the surname as a form", () => {
    const got = extractArticle({
      headline: "Budget talks stall",
      paragraphs: ["Obama said the talks would go on, according to aides."],
    });
    expect(got.people).toEqual([{ name: "Barack Obama", forms: ["Obama"] }]);
  });

  it("keeps the full name the article gives", () => {
    expect(people("Michelle Obama spoke first. Obama said she was right.")).toEqual([
      "Michelle Obama",
    ]);
  });

  it("stays a surname in a team line-up, where surnames are the convention", () => {
    const got = people(
      "Chelsea (4-3-3):",
      "Cech, Ferreira, Carvalho, Terry, Gallas, Tiago, Makelele, Lampard, Cole, Drogba, Gudjohnsen.",
    );
    expect(got).toContain("Lampard");
    expect(got).not.toContain("Frank Lampard");
  });

  it("knows works and fictional worlds from the titles about them, and never a real person as one", () => {
    expect(isKnownWork("Harry Potter")).toBe(true);
    expect(isKnownWork("James Bond")).toBe(true);
    expect(isKnownWork("Tony Blair")).toBe(false);
    expect(isKnownWork("Barack Obama")).toBe(false);
  });

  it("lists every bearer of a surname the titles know, for telling namesakes apart", () => {
    const bearers = bearersOf("Clinton").map((words) => words.join(" "));
    expect(bearers).toEqual(expect.arrayContaining(["bill clinton", "hillary clinton"]));
    expect(bearersOf("Zzyzxq")).toEqual([]);
  });
});

describe("a titled surname whose bearer's first name the lists lack", () => {
  it("goes to the one title that ends in it, and only under a title", () => {
    expect(famousBearerOf("Musharraf")).toBeUndefined();
    expect(famousBearerOf("Musharraf", "office")?.join(" ")).toBe("pervez musharraf");
    expect(people("President Musharraf of Pakistan has said so.")).toEqual(["Pervez Musharraf"]);
  });
});
