// Two guards on Eleventy's dev server (@11ty/eleventy-dev-server 2.1.2, pinned through
// @11ty/eleventy 3.1.8), which `gazette serve` runs for live reload (issue 13, bug 4):
// - it listened on every interface (`server.listen({ port })`, no host): Gazette binds the host
//   it is given, 127.0.0.1 unless `--host` says otherwise;
// - a request it cannot map to a file ("/%", "/%c0%ae", "/..%2f..%2fetc%2fpasswd") threw in
//   its request handler and ended the process: such requests are answered 400 or 404 before it
//   sees them (request-problem.ts), and any other failure of one request is answered 500.
// Eleventy offers no option for either, so the two methods are wrapped on the class Eleventy
// loads; tests/hostile/dev-server.test.ts fails if an upgrade changes them.
import type { IncomingMessage, ServerResponse } from "node:http";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import { requestProblem } from "./request-problem.ts";

const originalHandler = EleventyDevServer.prototype.onRequestHandler;

/** Makes every dev server started after this call listen on `host` and survive any request. */
export function guardDevServer(host: string): void {
  EleventyDevServer.prototype._serverListen = function (this: EleventyDevServer, port: number) {
    // Eleventy retries the next port through this method when one is taken, so the host holds.
    this.server.listen({ port, host });
  };
  EleventyDevServer.prototype.onRequestHandler = async function (
    this: EleventyDevServer,
    request: IncomingMessage,
    response: ServerResponse,
  ) {
    const problem = requestProblem(request.url ?? "/");
    if (problem) return answer(response, problem.status, `${problem.reason}\n`);
    try {
      await originalHandler.call(this, request, response);
    } catch (error) {
      console.error(
        `gazette serve: ${JSON.stringify(request.url)}: ${(error as Error).message}; answered 500, still serving`,
      );
      if (!response.headersSent)
        answer(response, 500, "the dev server could not answer this request\n");
      else response.destroy();
    }
  };
}

function answer(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8" }).end(text);
}
