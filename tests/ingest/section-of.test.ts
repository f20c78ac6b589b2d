import { describe, expect, it } from "vitest";
import { sectionFromSource } from "../../src/ingest/section-of.ts";

describe("sectionFromSource", () => {
  it.each([
    ["business/rates.txt", "Business"],
    ["sport/football/derby.txt", "Sport"],
    ["world_news/x.txt", "World news"],
    ["tech-and-science/x.txt", "Tech and science"],
  ])("names the section of %s after its first folder", (source, section) => {
    expect(sectionFromSource(source)).toBe(section);
  });

  it("gives a seed at the top of the seeds folder no section", () => {
    expect(sectionFromSource("rates.txt")).toBeUndefined();
  });
});
