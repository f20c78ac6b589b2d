// A tiny static file server for a built site, on 127.0.0.1 and a free port, behaving like a
// plain static host: the site lives under its path prefix, "dir/" serves "dir/index.html",
// "dir" redirects to "dir/", and anything missing gets the site's 404.html with status 404.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".wasm": "application/wasm",
};

export interface ServedSite {
  /** Origin of the server, without a trailing slash: "http://127.0.0.1:41234". */
  origin: string;
  /** Where the site's home page is: origin + path prefix. */
  home: string;
  close(): Promise<void>;
}

/** Maps a request path to a file in `root`, or null when there is none (or it escapes root). */
export function resolveFile(
  root: string,
  prefix: string,
  pathname: string,
): { file: string } | { redirect: string } | null {
  if (!pathname.startsWith(prefix))
    return pathname === prefix.slice(0, -1) ? { redirect: prefix } : null;
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return null;
  }
  const path = normalize(join(root, relative));
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  if (!existsSync(path)) return null;
  if (statSync(path).isDirectory()) {
    if (!pathname.endsWith("/")) return { redirect: `${pathname}/` };
    const index = join(path, "index.html");
    return existsSync(index) ? { file: index } : null;
  }
  return { file: path };
}

/** Serves `root` (a built site) at `prefix` ("/" or "/news/"). */
export async function serveSite(root: string, prefix = "/"): Promise<ServedSite> {
  const server: Server = createServer((request, response) => {
    const { pathname, search } = new URL(request.url ?? "/", "http://localhost");
    const found = resolveFile(root, prefix, pathname);
    if (found && "redirect" in found) {
      response.writeHead(301, { location: found.redirect + search }).end();
      return;
    }
    const file = found?.file ?? join(root, "404.html");
    const status = found ? 200 : 404;
    if (!existsSync(file)) {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    response.writeHead(status, {
      "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
    });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    home: origin + prefix,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
