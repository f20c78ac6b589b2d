// Eleventy's dev server ships no type declarations; this is the part src/cli/dev-server-guard.ts patches.
declare module "@11ty/eleventy-dev-server" {
  import type { IncomingMessage, Server, ServerResponse } from "node:http";
  export default class EleventyDevServer {
    server: Server;
    onRequestHandler(request: IncomingMessage, response: ServerResponse): Promise<void>;
    _serverListen(port: number): void;
  }
}
