// Command-line values checked at the boundary: a bad one is a UsageError (exit 2) naming the
// flag and the fix, instead of a silent default (`--port abc` served on 8080) or a broken site
// (`--path-prefix ../`). Issue 13.
import { realpathSync } from "node:fs";
import { isIP } from "node:net";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { UsageError } from "../errors.ts";

/**
 * @example
 * parsePort("8080") //=> 8080
 * parsePort("abc") // throws UsageError: --port "abc" is not a port; give a whole number from 1 to 65535
 */
export function parsePort(value: string): number {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port >= 1 && port <= 65535))
    throw new UsageError(
      `--port ${JSON.stringify(value)} is not a port; give a whole number from 1 to 65535`,
    );
  return port;
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

/** True for a host only this machine can reach. */
export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * An IP address or host name to listen on.
 * @example
 * checkHost("0.0.0.0") //=> "0.0.0.0"
 */
export function checkHost(value: string): string {
  const hostName =
    /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
  if (isIP(value) === 0 && !hostName.test(value))
    throw new UsageError(
      `--host ${JSON.stringify(value)} is not an IP address or host name; give one such as 127.0.0.1`,
    );
  return value;
}

/**
 * A path prefix of plain URL path segments: no "." or "..", spaces, query or fragment, which
 * would give pages outside the site or links that do not work.
 * @example
 * checkPathPrefix("/news/") //=> "/news/"
 * checkPathPrefix("../") // throws UsageError
 */
export function checkPathPrefix(value: string): string {
  const segments = value.split("/").filter((segment) => segment !== "");
  const bad = segments.find(
    (segment) =>
      segment === "." ||
      segment === ".." ||
      !/^[A-Za-z0-9._~!$&'()*+,;=:@%-]+$/.test(segment) ||
      /%(?![0-9A-Fa-f]{2})/.test(segment),
  );
  if (bad !== undefined)
    throw new UsageError(
      `--path-prefix ${JSON.stringify(value)} is not a URL path; use plain segments such as /news/ (no spaces, "." or "..")`,
    );
  return value;
}

/**
 * The site folder must be apart from the seeds and content folders: a site written into seeds/
 * was read back as seeds (robots.txt published as "User-agent: *"), and a site folder holding
 * either would have its stale-file clean-up reach them (issue 13, bug 9).
 * @example
 * checkOutDir("seeds/site", { seeds: "seeds", content: "content" }) // throws UsageError
 */
export function checkOutDir(out: string, folders: { seeds: string; content: string }): string {
  const site = realPath(out);
  for (const [flag, dir] of Object.entries(folders)) {
    const other = realPath(dir);
    if (isWithin(site, other) || isWithin(other, site)) {
      throw new UsageError(
        `--out "${out}" overlaps the ${flag} folder "${dir}"; write the site to a folder of its own, such as _site`,
      );
    }
  }
  return out;
}

/** The absolute path with symlinks resolved, as far as the path exists. */
function realPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync.native(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
  }
}

/** True when `inner` is `outer` or inside it. */
function isWithin(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  return path === "" || (!path.startsWith("..") && !isAbsolute(path));
}
