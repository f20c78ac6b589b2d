// Coverage over time for tag and person pages: articles per month drawn as a small bar chart in
// inline SVG at build time, with a sentence that says the same thing for readers who cannot see
// it. No chart library reaches the page; the SVG is a few hundred bytes and prints.
import type { MonthCount } from "./build-site-model.ts";

export interface CoverageChart {
  /** `<svg role="img">` markup with a `<title>`; every text in it is escaped. */
  svg: string;
  /** "13 articles from January 2025 to September 2025; the busiest month was March 2025, with 3." */
  summary: string;
}

export interface CoverageChartOptions {
  /** Who or what the chart is about, for its title: "Coverage of Mara Oyelaran". */
  label: string;
  /** "2025-04" → "April 2025"; the site's month format. */
  formatMonth: (month: string) => string;
  width?: number;
  height?: number;
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Keeps coordinates short and stable: at most two decimals, no trailing zeros. */
const num = (value: number): string => String(Math.round(value * 100) / 100);

/**
 * Describes monthly counts in one sentence.
 * @example
 * describeCoverage([{ month: "2025-01", count: 2 }, { month: "2025-02", count: 1 }], (m) => m)
 * //=> "3 articles from 2025-01 to 2025-02; the busiest month was 2025-01, with 2."
 */
export function describeCoverage(
  months: readonly MonthCount[],
  formatMonth: (month: string) => string,
): string {
  if (months.length === 0) return "No articles yet.";
  const total = months.reduce((sum, { count }) => sum + count, 0);
  const articles = `${total} article${total === 1 ? "" : "s"}`;
  if (months.length === 1) return `${articles} in ${formatMonth(months[0]!.month)}.`;
  // The first busiest month wins a tie, so the sentence never depends on sort stability.
  const busiest = months.reduce((best, month) => (month.count > best.count ? month : best));
  return `${articles} from ${formatMonth(months[0]!.month)} to ${formatMonth(months[months.length - 1]!.month)}; the busiest month was ${formatMonth(busiest.month)}, with ${busiest.count}.`;
}

/**
 * Draws one bar per month (months without articles leave a gap) on a hairline baseline.
 * Bars take their colour from CSS (`.coverage-bar`), so the chart follows light and dark mode.
 */
export function coverageChart(
  months: readonly MonthCount[],
  options: CoverageChartOptions,
): CoverageChart {
  const { label, formatMonth, width = 600, height = 80 } = options;
  const summary = describeCoverage(months, formatMonth);
  const max = Math.max(1, ...months.map(({ count }) => count));
  const slot = width / Math.max(1, months.length);
  const gap = Math.min(2, slot * 0.2);
  const baseline = height - 1;
  const bars = months
    .map(({ count }, index) => {
      if (count === 0) return "";
      const barHeight = Math.max(2, (count / max) * (baseline - 2));
      return `<rect class="coverage-bar" x="${num(index * slot + gap / 2)}" y="${num(baseline - barHeight)}" width="${num(slot - gap)}" height="${num(barHeight)}"/>`;
    })
    .join("");
  const title = `${label}: ${summary}`;
  const svg =
    `<svg class="coverage-chart" viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" role="img" aria-label="${escapeXml(title)}">` +
    `<title>${escapeXml(title)}</title>${bars}<rect class="coverage-axis" x="0" y="${baseline}" width="${width}" height="1"/></svg>`;
  return { svg, summary };
}
