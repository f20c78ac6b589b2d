// Runs the Nu HTML Checker (vnu-jar, the W3C validator) once over a list of files and returns
// its errors. One Java start for all files: the JVM start-up is most of the cost.
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** Path of vnu.jar inside the vnu-jar package. */
export const VNU_JAR = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

/** Errors (not warnings) the checker reports for `files`; an empty list means all are valid. */
export async function runVnu(files: string[]): Promise<VnuMessage[]> {
  let output: string;
  try {
    ({ stderr: output } = await run(
      "java",
      ["-jar", VNU_JAR, "--errors-only", "--format", "json", ...files],
      { maxBuffer: 64 * 1024 * 1024 },
    ));
  } catch (error) {
    // vnu exits 1 when it found errors; its report is still on stderr.
    const { code, stderr } = error as { code?: number | string; stderr?: string };
    if (code !== 1 || !stderr)
      throw new Error(
        `java -jar vnu.jar failed (${code}): ${stderr ?? (error as Error).message}. Is Java installed (apt-get install default-jre-headless)?`,
        { cause: error },
      );
    output = stderr;
  }
  const report = JSON.parse(output) as { messages: VnuMessage[] };
  return report.messages.filter(
    (message) => message.type === "error" || message.type === "non-document-error",
  );
}

/** One line per message: "file:line: message «extract»". */
export function formatVnuMessages(messages: VnuMessage[]): string {
  return messages
    .map(
      (m) =>
        `${m.url.replace(/^file:/, "")}:${m.lastLine ?? "?"}: ${m.message}${m.extract ? ` «${m.extract.trim().slice(0, 120)}»` : ""}`,
    )
    .join("\n");
}
