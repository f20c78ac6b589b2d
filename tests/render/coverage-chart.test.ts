import { describe, expect, it } from "vitest";
import { coverageChart, describeCoverage } from "../../src/render/coverage-chart.ts";

const month = (m: string) => `month ${m}`;

describe("describeCoverage", () => {
  it.each([
    ["says so when there are no articles", [], "No articles yet."],
    ["names the single month", [{ month: "2025-03", count: 1 }], "1 article in month 2025-03."],
    [
      "names the range and the busiest month",
      [
        { month: "2025-01", count: 1 },
        { month: "2025-02", count: 0 },
        { month: "2025-03", count: 4 },
      ],
      "5 articles from month 2025-01 to month 2025-03; the busiest month was month 2025-03, with 4.",
    ],
    [
      "gives a tie to the earlier month",
      [
        { month: "2025-01", count: 2 },
        { month: "2025-02", count: 2 },
      ],
      "4 articles from month 2025-01 to month 2025-02; the busiest month was month 2025-01, with 2.",
    ],
  ])("%s", (_name, months, expected) => {
    expect(describeCoverage(months, month)).toBe(expected);
  });
});

describe("coverageChart", () => {
  const months = [
    { month: "2025-01", count: 2 },
    { month: "2025-02", count: 0 },
    { month: "2025-03", count: 4 },
  ];

  it("draws one bar per month with articles, and none for empty months", () => {
    const { svg } = coverageChart(months, { label: "Coverage", formatMonth: month });
    expect(svg.match(/class="coverage-bar"/g)).toHaveLength(2);
  });

  it("makes the busiest month the tallest bar, in proportion", () => {
    const { svg } = coverageChart(months, { label: "Coverage", formatMonth: month, height: 81 });
    const heights = [...svg.matchAll(/class="coverage-bar"[^>]*height="([\d.]+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(heights[1]).toBeGreaterThan(heights[0]!);
    expect(heights[0]! / heights[1]!).toBeCloseTo(0.5, 2);
  });

  it("is an image with a title and label that summarise it", () => {
    const { svg, summary } = coverageChart(months, {
      label: "Articles about Ada",
      formatMonth: month,
    });
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain(`<title>Articles about Ada: ${summary}</title>`);
    expect(svg).toContain(`aria-label="Articles about Ada: ${summary}"`);
  });

  it("escapes markup in the label", () => {
    const { svg } = coverageChart(months, { label: `<script>"x"&`, formatMonth: month });
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;&quot;x&quot;&amp;");
  });

  it("gives the same bytes for the same input", () => {
    const options = { label: "Coverage", formatMonth: month };
    expect(coverageChart(months, options).svg).toBe(coverageChart([...months], options).svg);
  });
});
