// Times the dev server's rebuild: starts `gazette serve` over a built site, waits until it is
// serving, appends a sentence to one seed, and measures how long until the article's page on
// disk shows it (the seed watcher re-ingests, Eleventy rebuilds, changed pages are written).
import { spawn } from "node:child_process";
import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface ServeRebuild {
  /** Seconds from saving the seed to the page showing the new text. */
  seconds: number;
  /** What the dev server printed, for a look at where the time went. */
  output: string;
}

export async function measureServeRebuild(options: {
  gazetteBin: string;
  seeds: string;
  content: string;
  out: string;
  seed: string;
  page: string;
  port: number;
  cwd: string;
}): Promise<ServeRebuild> {
  const child = spawn(
    process.execPath,
    [
      options.gazetteBin,
      "serve",
      "--seeds",
      options.seeds,
      "--content",
      options.content,
      "--out",
      options.out,
      "--port",
      String(options.port),
    ],
    {
      cwd: options.cwd,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  try {
    await waitFor(
      () => output.includes("Server at"),
      600_000,
      () => `gazette serve did not start:\n${output.slice(-3000)}`,
    );
    const sentence = `A sentence added at ${Date.now()} to time the dev server.`;
    const started = performance.now();
    appendFileSync(options.seed, `\n${sentence}\n`);
    await waitFor(
      () => readPage(join(options.out, options.page)).includes(sentence),
      180_000,
      () => `the page did not show the change within 180 s:\n${output.slice(-3000)}`,
    );
    const seconds = (performance.now() - started) / 1000;
    return { seconds, output };
  } finally {
    child.kill();
  }
}

function readPage(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

async function waitFor(
  condition: () => boolean,
  timeoutMs: number,
  message: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(message());
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
