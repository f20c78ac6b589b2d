// Command-line options through node:util parseArgs, with unknown flags and stray arguments
// turned into a UsageError (exit status 2) instead of a stack trace.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "../errors.ts";

type Options = NonNullable<ParseArgsConfig["options"]>;

export function parseOptions<T extends Options>(args: string[], options: T) {
  try {
    const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals: true });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    return values;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError((error as Error).message.replace(/\. To specify.*$/s, ""));
  }
}

export const directoryOptions = {
  seeds: { type: "string", default: "seeds" },
  content: { type: "string", default: "content" },
  help: { type: "boolean", short: "h", default: false },
  quiet: { type: "boolean", short: "q", default: false },
} as const;
