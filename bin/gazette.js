#!/usr/bin/env node
// The `gazette` command. In this repository it runs the TypeScript in src/ through tsx, so there
// is no compile step between editing src/ and running it; the published package has no src/
// and runs the JavaScript compiled into dist/ (npm run build:dist) with plain Node.
import { existsSync } from "node:fs";

const fromSource = existsSync(new URL("../src/cli/main.ts", import.meta.url));
if (fromSource) (await import("tsx/esm/api")).register();
const { main } = await import(fromSource ? "../src/cli/main.ts" : "../dist/src/cli/main.js");
process.exitCode = await main(process.argv.slice(2));
