// Starts Debian's Chromium with a DevTools port, for tools that drive it over the DevTools
// protocol themselves (Lighthouse). Same flags as the Playwright launch; a throw-away profile.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./launch-chromium.ts";

export interface DebuggableChromium {
  port: number;
  close(): Promise<void>;
}

export async function startDebuggableChromium(): Promise<DebuggableChromium> {
  const profile = mkdtempSync(join(tmpdir(), "gazette-chromium-"));
  const child: ChildProcess = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_FLAGS, "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  // The profile can only be removed once Chromium has stopped writing to it.
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
    await exited;
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  };
  const port = await new Promise<number>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () =>
        reject(
          new Error(
            `Chromium at ${CHROMIUM_PATH} printed no DevTools address within 30 s:\n${output}`,
          ),
        ),
      30_000,
    );
    child.stderr!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on("exit", (code) =>
      reject(new Error(`Chromium exited (${code}) before it was ready:\n${output}`)),
    );
  }).catch(async (error) => {
    await close();
    throw error;
  });
  return { port, close };
}
