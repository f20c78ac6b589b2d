// argv → one of the gazette commands → exit status (0 good, 1 some input rejected, 2 usage or
// a broken configuration file: nothing could be built from it).
// Commands are imported when run, so `gazette --help` does not load Eleventy or the NLP library.
import { ConfigError, isFileProblem, UsageError } from "../errors.ts";

const USAGE = `Usage: gazette <command> [options]

Commands:
  ingest   seeds/*.txt → content/articles/*.md
  build    ingest, then render the site into _site/
  serve    build, then serve the site with live reload

Run "gazette <command> --help" for a command's options.`;

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  ingest: async () => (await import("./ingest-command.ts")).ingestCommand,
  build: async () => (await import("./build-command.ts")).buildCommand,
  serve: async () => (await import("./serve-command.ts")).serveCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    console.log(USAGE);
    return name === undefined ? 2 : 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    console.error(`gazette: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await (await load())(args);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`gazette ${name}: ${error.message}\nRun "gazette ${name} --help" for usage.`);
      return 2;
    }
    if (isFileProblem(error)) {
      console.error(error.message);
      return error instanceof ConfigError ? 2 : 1;
    }
    throw error;
  }
}
