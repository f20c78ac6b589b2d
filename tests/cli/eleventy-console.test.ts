import { describe, expect, it } from "vitest";
import { withoutWriteCount, type ConsoleLike } from "../../src/cli/eleventy-console.ts";

function recorder(): { lines: string[]; console: ConsoleLike } {
  const lines: string[] = [];
  const log = (...args: unknown[]) => void lines.push(args.join(" "));
  return { lines, console: { log, info: log, warn: log, error: log } };
}

describe("withoutWriteCount", () => {
  it.each([
    "[11ty] Wrote 0 files in 0.57 seconds (v3.1.8)",
    "\u001b[90m[11ty]\u001b[39m \u001b[32mWrote \u001b[1m1\u001b[22m file in 0.10 seconds\u001b[39m",
    "[11ty] Copied 3 Wrote 0 files (skipped 2) in 1.20 seconds",
  ])("drops Eleventy's count of the files it wrote: %s", (line) => {
    const { lines, console } = recorder();
    withoutWriteCount(console).log(line);
    expect(lines).toEqual([]);
  });

  it.each([
    "[11ty] Watching…",
    "[11ty] Server at http://localhost:8080/",
    "[11ty] Problem writing Eleventy templates",
    "pages: 3 files written",
  ])("passes every other message: %s", (line) => {
    const { lines, console } = recorder();
    const filtered = withoutWriteCount(console);
    filtered.log(line);
    filtered.error(line);
    expect(lines).toEqual([line, line]);
  });
});
