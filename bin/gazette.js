#!/usr/bin/env node
// The `gazette` command. Gazette is written in TypeScript and runs through tsx, so there is no
// compile step between editing src/ and running it.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
