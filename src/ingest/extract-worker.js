// A worker thread for extract-in-workers.ts. Workers do not inherit the tsx loader the gazette
// command registers, so this small JavaScript entry registers it when it runs from the TypeScript
// sources (compiled to dist/, the import below names a .js file and needs no tsx), then answers
// each batch of seed texts with one outcome per text, in order: an extraction, or the one-line
// error of a text that made the extractor throw (extract-batch.ts).
import { existsSync } from "node:fs";
import { parentPort } from "node:worker_threads";

if (existsSync(new URL("./extract-batch.ts", import.meta.url))) {
  const { register } = await import("tsx/esm/api");
  register();
}
const { extractBatch } = await import("./extract-batch.ts");

parentPort.on("message", ({ batch, texts }) => {
  parentPort.postMessage({ batch, outcomes: extractBatch(texts) });
});
