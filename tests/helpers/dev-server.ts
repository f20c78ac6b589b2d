// A real `gazette serve` on a free loopback port for tests: started in its own process group,
// waited for, asked for pages, and stopped with whatever it started. One copy for every test
// that runs the dev server (they each had their own).
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { GAZETTE_BIN, type Workspace } from "./workspace.ts";

export interface DevServer {
  /** The port it listens on, and its base URL on 127.0.0.1. */
  readonly port: number;
  readonly base: string;
  readonly process: ChildProcess;
  /** Everything it printed so far, stdout and stderr interleaved. */
  output(): string;
  /** GET `path`: its status and text, or status 0 when nothing answered. */
  get(path: string): Promise<{ status: number; text: string }>;
  /** Polls `condition` every 200 ms; throws with the server's last output on timeout or exit. */
  waitFor(
    condition: () => boolean | Promise<boolean>,
    timeoutMs: number,
    message: string,
  ): Promise<void>;
  /** Ends the server's process group; safe to call twice. */
  stop(): void;
}

export interface DevServerOptions {
  /** Flags after --seeds, --content, --out and --port, e.g. ["--prune"]. */
  args?: string[];
  /** False leaves --out to serve's default (e.g. _preview/ with --drafts). */
  out?: boolean;
  /** When the server counts as started; by default when it answers "/" with 200. */
  ready?: (server: DevServer) => boolean | Promise<boolean>;
  readyTimeoutMs?: number;
}

/**
 * Starts `gazette serve` on the workspace's folders and resolves once it is ready; stops it
 * and throws, with its output, when it is not ready in time.
 * @example
 * const server = await startDevServer(workspace, { args: ["--prune"] });
 * (await server.get("/")).status //=> 200
 * server.stop();
 */
export async function startDevServer(
  workspace: Workspace,
  options: DevServerOptions = {},
): Promise<DevServer> {
  const { args = [], out = true, ready = answersHome, readyTimeoutMs = 120_000 } = options;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [
      GAZETTE_BIN,
      "serve",
      "--seeds",
      workspace.seeds,
      "--content",
      workspace.content,
      ...(out ? ["--out", workspace.out] : []),
      "--port",
      String(port),
      ...args,
    ],
    {
      cwd: workspace.root,
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group, so that stop() ends the server and anything it started.
      detached: true,
    },
  );
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));

  const server: DevServer = {
    port,
    base,
    process: child,
    output: () => output,
    get: async (path) => {
      try {
        const response = await fetch(base + path);
        return { status: response.status, text: await response.text() };
      } catch {
        return { status: 0, text: "" };
      }
    },
    waitFor: async (condition, timeoutMs, message) => {
      const deadline = Date.now() + timeoutMs;
      while (!(await condition())) {
        if (child.exitCode !== null || child.signalCode !== null)
          throw new Error(`gazette serve exited:\n${output.slice(-3000)}`);
        if (Date.now() > deadline)
          throw new Error(`${message} within ${timeoutMs / 1000} s:\n${output.slice(-3000)}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    stop: () => {
      if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    },
  };
  try {
    await server.waitFor(() => ready(server), readyTimeoutMs, "the dev server was not ready");
  } catch (error) {
    server.stop();
    throw error;
  }
  return server;
}

async function answersHome(server: DevServer): Promise<boolean> {
  return (await server.get("/")).status === 200;
}

/** A TCP port nothing listens on right now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}
