// A worker thread for extract-all.ts. Workers do not inherit the tsx loader the gazette command
// registers, so this small JavaScript entry registers it, then imports the TypeScript extractor
// and answers each batch of seed texts with their extractions, in order.
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { extractArticle } = await import("../extract/index.ts");

parentPort.on("message", ({ batch, texts }) => {
  try {
    parentPort.postMessage({ batch, extractions: texts.map((text) => extractArticle(text)) });
  } catch (error) {
    parentPort.postMessage({ batch, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
