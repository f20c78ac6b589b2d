// argv → one of the gazette commands → exit status (0 good, 1 some input rejected, 2 usage or
// configuration error, 3 the machine failed: disk full, read-only folder).
// Commands are imported when run, so `gazette --help` does not load Eleventy or the NLP library.
import { ConfigError, isFileProblem, UsageError } from "../errors.ts";
import { ignoreClosedOutput } from "./closed-output.ts";
import { closestWord } from "./did-you-mean.ts";
import { faultMessage, systemFaultOf } from "./system-fault.ts";
import { gazetteVersion } from "./version.ts";

const USAGE = `Usage: gazette <command> [options]

Commands:
  init     start a new site in a folder (seeds, settings, deploy files)
  ingest   seeds/*.txt → content/articles/*.md
  build    ingest, then render the site into _site/
  serve    build, then serve the site with live reload
  review   list the people and tags waiting for the editor, and record decisions

Options:
  -h, --help      print this help ("gazette <command> --help" for a command's options)
  -v, --version   print Gazette's version

Exit status: 0 all good, 1 some seeds or pages were rejected (the rest published), 2 usage error,
3 the disk is full or a folder may not be written (run again once fixed).`;

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  init: async () => (await import("./init-command.ts")).initCommand,
  ingest: async () => (await import("./ingest-command.ts")).ingestCommand,
  build: async () => (await import("./build-command.ts")).buildCommand,
  serve: async () => (await import("./serve-command.ts")).serveCommand,
  review: async () => (await import("./review-command.ts")).reviewCommand,
};

export async function main(argv: string[]): Promise<number> {
  // `gazette review | head -1` and the like: a reader that stops early is not a failure.
  ignoreClosedOutput(process.stdout);
  ignoreClosedOutput(process.stderr);
  const [first, ...rest] = argv;
  if (first === "--version" || first === "-v") {
    console.log(gazetteVersion());
    return 0;
  }
  if (
    first === undefined ||
    first === "--help" ||
    first === "-h" ||
    (first === "help" && rest.length === 0)
  ) {
    console.log(USAGE);
    return first === undefined ? 2 : 0;
  }
  // "gazette help build" is "gazette build --help".
  const [name, args] = first === "help" ? [rest[0]!, ["--help"]] : [first, rest];
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    console.error(unknownCommand(name));
    return 2;
  }
  // Build changes the working directory for Eleventy; messages name files from where the user is.
  const cwd = process.cwd();
  try {
    return await (
      await load()
    )(args);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(
        `gazette ${name}: ${error.message}. Run "gazette ${name} --help" for its options.`,
      );
      return 2;
    }
    const fault = systemFaultOf(error);
    if (fault) {
      console.error(faultMessage(name, fault, cwd));
      return 3;
    }
    if (isFileProblem(error)) {
      console.error(error.message);
      // A broken configuration stops the run: exit 2, as for a usage error. 1 is for rejected
      // seeds and pages, with the rest published (issue 13).
      return error instanceof ConfigError ? 2 : 1;
    }
    throw error;
  }
}

/** One line: what was typed, the command probably meant, where to see them all. */
function unknownCommand(name: string): string {
  const meant = closestWord(name.replace(/^-+/, ""), Object.keys(COMMANDS));
  const hint = meant ? ` Did you mean "gazette ${meant}"?` : "";
  return `gazette: unknown command "${name}".${hint} Run "gazette --help" for the commands.`;
}
