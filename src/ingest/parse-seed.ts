// Clean seed text → headline and paragraphs. The seed format: line 1 is the headline, every
// other non-blank line is one paragraph. Nothing in the text is metadata: a first line of
// "---" is a headline like any other.

export interface ParsedSeed {
  headline: string;
  paragraphs: string[];
}

/** Headlines longer than this are almost always a paragraph pasted onto line 1. */
export const MAX_HEADLINE_LENGTH = 300;

export type SeedProblem =
  | { kind: "empty" }
  | { kind: "no-headline" }
  | { kind: "headline-too-long"; length: number }
  | { kind: "no-body" };

/**
 * Splits seed text into headline and paragraphs, or names what is wrong with it.
 * @example
 * parseSeed("Storm hits coast\nWinds of 90mph.") //=> { headline: "Storm hits coast", paragraphs: ["Winds of 90mph."] }
 */
export function parseSeed(text: string): ParsedSeed | SeedProblem {
  if (text.trim() === "") return { kind: "empty" };
  const lines = text.split("\n");
  const headline = tidy(lines[0] ?? "");
  if (headline === "") return { kind: "no-headline" };
  if (headline.length > MAX_HEADLINE_LENGTH)
    return { kind: "headline-too-long", length: headline.length };
  const paragraphs: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const paragraph = tidy(lines[i]!);
    if (paragraph !== "") paragraphs.push(paragraph);
  }
  if (paragraphs.length === 0) return { kind: "no-body" };
  return { headline, paragraphs };
}

/** What to tell the person who wrote the seed, for each problem. */
export function explainSeedProblem(problem: SeedProblem): string {
  switch (problem.kind) {
    case "empty":
      return "the file is empty; put the headline on line 1 and one paragraph per line after it";
    case "no-headline":
      return "the first line (the headline) is empty; put the headline on line 1";
    case "headline-too-long":
      return `the first line is ${problem.length} characters long, too long for a headline (at most ${MAX_HEADLINE_LENGTH}); put a short headline on line 1 and the text below it`;
    case "no-body":
      return "there is a headline but no text; put one paragraph per line after the headline";
  }
}

export function isSeedProblem(result: ParsedSeed | SeedProblem): result is SeedProblem {
  return "kind" in result;
}

// Trims and collapses runs of spaces: indentation in plain text carries no meaning, and in
// markdown four leading spaces would make a code block. Linear, no backtracking.
function tidy(line: string): string {
  return line.replace(/ {2,}/g, " ").trim();
}
