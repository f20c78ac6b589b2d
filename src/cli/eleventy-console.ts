// What `gazette serve` lets through of Eleventy's console output. Eleventy ends every build with
// "[11ty] Wrote N files in S seconds", counting only the files Eleventy itself wrote: none,
// since Gazette writes the pages (and prints "pages: N files written…"). Quiet mode does not
// hide that line (Eleventy logs it with force), so it is dropped here, through the console
// object Eleventy's logger accepts; every other message (watching, server address, errors)
// passes.

type Log = (...args: unknown[]) => void;
export type ConsoleLike = Record<"log" | "info" | "warn" | "error", Log>;

/** Eleventy's end-of-build count ("Wrote 0 files", "Copied 3 Wrote 0 files (skipped 2)"). */
const WRITE_COUNT = /^\[11ty\] (?:Copied \d+ )?Wrote \d+ files?\b/;
const ANSI = /\u001b\[[0-9;]*m/g;

/** A console that forwards everything to `target` except Eleventy's write count. */
export function withoutWriteCount(target: ConsoleLike = console): ConsoleLike {
  const filter =
    (log: Log): Log =>
    (message?: unknown, ...rest: unknown[]) => {
      if (typeof message === "string" && WRITE_COUNT.test(message.replace(ANSI, ""))) return;
      log(message, ...rest);
    };
  return {
    log: filter(target.log),
    info: filter(target.info),
    warn: filter(target.warn),
    error: filter(target.error),
  };
}
