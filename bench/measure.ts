// Runs one command as a child process under GNU time and reports what it cost: wall time,
// CPU time (user + system) and peak resident memory. The child's output is kept for errors.
import { spawnSync } from "node:child_process";

export interface Measurement {
  wallSeconds: number;
  cpuSeconds: number;
  peakRssMiB: number;
}

const TIME_FORMAT = "GAZETTE_BENCH %e %U %S %M";

/** Runs `command args…` in `cwd` and measures it; throws with the child's stderr if it fails. */
export function measure(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Measurement {
  const result = spawnSync("/usr/bin/time", ["-f", TIME_FORMAT, command, ...args], {
    cwd,
    env,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const line = result.stderr.split("\n").find((text) => text.startsWith("GAZETTE_BENCH "));
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(
      `${command} ${args.join(" ")} exited with ${result.status}:\n${result.stderr.slice(-4000)}\n${result.stdout.slice(-2000)}`,
    );
  }
  if (!line)
    throw new Error(
      `GNU time printed no figures for ${command}; is /usr/bin/time installed? ${result.stderr.slice(-2000)}`,
    );
  const [, wall, user, sys, rssKiB] = line.split(" ").map(Number) as number[];
  return { wallSeconds: wall!, cpuSeconds: user! + sys!, peakRssMiB: rssKiB! / 1024 };
}

/** The median of each figure over several runs of the same thing. */
export function medianOf(runs: readonly Measurement[]): Measurement {
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  };
  return {
    wallSeconds: median(runs.map((run) => run.wallSeconds)),
    cpuSeconds: median(runs.map((run) => run.cpuSeconds)),
    peakRssMiB: median(runs.map((run) => run.peakRssMiB)),
  };
}
