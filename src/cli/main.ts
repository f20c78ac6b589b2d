// argv → one of the gazette commands → exit status (0 good, 1 some input rejected, 2 usage).
import { UsageError } from "../errors.ts";
import { buildCommand } from "./build-command.ts";
import { ingestCommand } from "./ingest-command.ts";
import { serveCommand } from "./serve-command.ts";

const USAGE = `Usage: gazette <command> [options]

Commands:
  ingest   seeds/*.txt → content/articles/*.md
  build    ingest, then render the site into _site/
  serve    build, then serve the site with live reload

Run "gazette <command> --help" for a command's options.`;

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  ingest: ingestCommand,
  build: buildCommand,
  serve: serveCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    console.log(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`gazette: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(args);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`gazette ${name}: ${error.message}\nRun "gazette ${name} --help" for usage.`);
      return 2;
    }
    if (error instanceof Error && (error.name === "ConfigError" || error.name === "SeedError" || error.name === "ContentError")) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}
