// `gazette serve` against hostile requests and flags (issue 13, bug 4): it listens on loopback
// unless told otherwise, answers malformed and traversing requests 400/404 and keeps serving,
// survives a bounded load of 2,000 requests, and refuses bad flags with exit 2.
import { readFileSync } from "node:fs";
import { request as httpRequest, Agent } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkHost, checkPathPrefix, isLoopback, parsePort } from "../../src/cli/check-options.ts";
import { requestProblem } from "../../src/cli/request-problem.ts";
import { startDevServer, type DevServer } from "../helpers/dev-server.ts";
import { gazette, makeWorkspace } from "../helpers/workspace.ts";

const HOSTILE_TARGETS: [string, number][] = [
  ["/..%2f..%2fetc%2fpasswd", 404],
  ["/%2e%2e/%2e%2e/etc/passwd", 404],
  ["/articles/..%5c..%5c..%5cetc%5cpasswd", 404],
  ["/%", 400],
  ["/%c0%ae%c0%ae/etc/passwd", 400],
  ["/%ff", 400],
  ["/a%00b", 400],
  ["*", 400],
];

describe("requestProblem", () => {
  it.each(HOSTILE_TARGETS)("answers %s with %i", (target, status) => {
    expect(requestProblem(target)?.status).toBe(status);
  });

  it.each([
    ["/"],
    ["/tags/nato/"],
    ["/search/?q=%"],
    ["/people/jonas-gahr-st%C3%B8re/"],
    ["/a..b/"],
  ])("lets %s through", (target) => {
    expect(requestProblem(target)).toBeUndefined();
  });
});

describe("serve's flags", () => {
  it.each([["abc"], ["0"], ["65536"], ["80.5"], [""], ["-1"]])("refuses --port %j", (value) => {
    expect(() => parsePort(value)).toThrow(
      /--port .* is not a port; give a whole number from 1 to 65535/,
    );
  });

  it.each([["../"], ["/news/../"], ["/my news/"], ["/./"], ["/a?b/"], ["/a#b/"], ["/%zz/"]])(
    "refuses --path-prefix %j",
    (value) => {
      expect(() => checkPathPrefix(value)).toThrow(/--path-prefix .* is not a URL path/);
    },
  );

  it.each([["/"], ["/news/"], ["news"], ["/a/b-c_d.e/"]])("accepts --path-prefix %j", (value) => {
    expect(checkPathPrefix(value)).toBe(value);
  });

  it("tells loopback hosts from the others, and refuses hosts that are not one", () => {
    expect(["127.0.0.1", "::1", "localhost", "127.0.0.2"].map(isLoopback)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(["0.0.0.0", "::", "192.168.1.2", "example.org"].map(isLoopback)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(() => checkHost("a b")).toThrow(/--host "a b" is not an IP address or host name/);
  });

  it.each([
    [["serve", "--port", "abc"], /--port "abc" is not a port/],
    [["serve", "--path-prefix", "../"], /--path-prefix "\.\.\/" is not a URL path/],
    [["build", "--path-prefix", "/my news/"], /--path-prefix "\/my news\/" is not a URL path/],
  ])("gazette %j exits 2 with one line naming the flag", (args, message) => {
    const workspace = makeWorkspace();
    const [command, ...rest] = args as [string, ...string[]];
    const run = gazette(workspace, command, ...rest);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("a running dev server", () => {
  let server: DevServer;
  let port = 0;

  beforeAll(async () => {
    const workspace = makeWorkspace({
      "storm.txt": "Storm hits coast\nWinds of 90mph hit the coast on Monday.",
    });
    server = await startDevServer(workspace);
    port = server.port;
  });

  afterAll(() => server?.stop());

  it("listens on 127.0.0.1 only", () => {
    expect(listeners(port)).toEqual([`127.0.0.1:${port}`]);
  });

  it.each(HOSTILE_TARGETS)("answers %s with %i and keeps serving", async (target, status) => {
    expect(await rawStatus(port, target)).toBe(status);
    expect((await get(port, "/")).status).toBe(200);
    expect(server.process.exitCode).toBeNull();
  });

  it("answers 2,000 requests, 50 at a time, on loopback", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 50 });
    const paths = ["/", "/articles/storm-hits-coast/", "/no-such-page/", "/%", "/feed.xml"];
    const statuses = new Map<number, number>();
    let next = 0;
    const worker = async () => {
      while (next < 2000) {
        const path = paths[next++ % paths.length]!;
        const { status } = await get(port, path, agent);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: 50 }, worker));
    agent.destroy();
    expect(statuses.get(0), "requests left unanswered").toBeUndefined();
    expect([...statuses.values()].reduce((a, b) => a + b)).toBe(2000);
    expect(statuses.get(200)).toBe(1200);
    expect(server.process.exitCode).toBeNull();
  });
});

describe("--host", () => {
  it("warns, naming the flag, when the dev server is reachable from other machines", async () => {
    const workspace = makeWorkspace({
      "storm.txt": "Storm hits coast\nWinds of 90mph hit the coast on Monday.",
    });
    const server = await startDevServer(workspace, {
      args: ["--host", "0.0.0.0"],
      ready: (started) => /--host/.test(started.output()),
      readyTimeoutMs: 60_000,
    });
    try {
      expect(server.output()).toMatch(
        /gazette serve: --host 0\.0\.0\.0 lets other machines reach this dev server/,
      );
    } finally {
      server.stop();
    }
  });
});

/** "address:port" of every listening TCP socket on `port`, from /proc/net/tcp and tcp6. */
function listeners(port: number): string[] {
  const found: string[] = [];
  for (const [file, decode] of [
    ["/proc/net/tcp", decodeIpv4],
    ["/proc/net/tcp6", decodeIpv6],
  ] as const) {
    for (const line of readFileSync(file, "utf8").split("\n").slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (!local || state !== "0A") continue; // 0A: LISTEN
      const [address, hexPort] = local.split(":");
      if (parseInt(hexPort!, 16) === port) found.push(`${decode(address!)}:${port}`);
    }
  }
  return found;
}

const decodeIpv4 = (hex: string) =>
  [3, 2, 1, 0].map((i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16)).join(".");
const decodeIpv6 = (hex: string) =>
  /^0+$/.test(hex) ? "::" : hex === "00000000000000000000000001000000" ? "::1" : hex;

/** The status line of a request sent byte for byte, as `curl --path-as-is` would. */
function rawStatus(port: number, target: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () =>
      socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`),
    );
    let response = "";
    socket.on("data", (chunk) => (response += chunk));
    socket.on("end", () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0)));
    socket.on("error", reject);
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer to ${target}`)));
  });
}

function get(port: number, path: string, agent?: Agent): Promise<{ status: number }> {
  return new Promise((resolve) => {
    const request = httpRequest(
      { host: "127.0.0.1", port, path, agent, headers: { "sec-fetch-mode": "cors" } },
      (response) => {
        response.resume();
        response.on("end", () => resolve({ status: response.statusCode ?? 0 }));
      },
    );
    request.on("error", () => resolve({ status: 0 }));
    request.setTimeout(30_000, () => request.destroy());
    request.end();
  });
}
