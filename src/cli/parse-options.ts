// Command-line options through node:util parseArgs, with unknown flags and stray arguments
// turned into a UsageError (exit status 2) instead of a stack trace, and a near-miss flag
// answered with the flag that was probably meant.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "../errors.ts";
import { closestWord } from "./did-you-mean.ts";

type Options = NonNullable<ParseArgsConfig["options"]>;

export function parseOptions<T extends Options>(args: string[], options: T) {
  return parseCommandLine(args, options, 0).values;
}

/** Options and up to `maxArguments` arguments (such as `gazette init DIR`). */
export function parseCommandLine<T extends Options>(
  args: string[],
  options: T,
  maxArguments: number,
) {
  try {
    const { values, positionals } = parseArgs({
      args,
      options,
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length > maxArguments)
      throw new UsageError(`unexpected argument "${positionals[maxArguments]}"`);
    return { values, positionals };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(
      describeParseError(error as Error & { code?: string }, Object.keys(options)),
    );
  }
}

/** parseArgs' message in one line, with "(did you mean --out?)" after an unknown flag close to a known one. */
export function describeParseError(
  error: Error & { code?: string },
  names: readonly string[],
): string {
  const message = error.message.replace(/\. To specify.*$/s, "");
  const unknown = /^Unknown option '-{1,2}([^'=]+)'/.exec(message);
  const meant =
    error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown
      ? closestWord(unknown[1]!, names)
      : undefined;
  return meant ? `${message} (did you mean --${meant}?)` : message;
}

export const directoryOptions = {
  seeds: { type: "string", default: "seeds" },
  content: { type: "string", default: "content" },
  help: { type: "boolean", short: "h", default: false },
  quiet: { type: "boolean", short: "q", default: false },
} as const;
