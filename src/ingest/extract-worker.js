// A worker thread for extract-all.ts. Workers do not inherit the tsx loader the gazette command
// registers, so this small JavaScript entry registers it when it runs from the TypeScript
// sources (compiled to dist/, the import below names a .js file and needs no tsx), then imports
// the extractor and answers each batch of seed texts with their extractions, in order.
import { existsSync } from "node:fs";
import { parentPort } from "node:worker_threads";

if (existsSync(new URL("../extract/index.ts", import.meta.url))) {
  const { register } = await import("tsx/esm/api");
  register();
}
const { extractArticle } = await import("../extract/index.ts");

parentPort.on("message", ({ batch, texts }) => {
  try {
    parentPort.postMessage({ batch, extractions: texts.map((text) => extractArticle(text)) });
  } catch (error) {
    parentPort.postMessage({
      batch,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
