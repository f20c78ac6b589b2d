// The error vocabulary shared by ingest and render. Each class is one kind of failure a user
// can fix; its message says where, what happened and what to do, without a stack trace.
// (A bad seed is not an exception: ingest reports it as { source, reason } and goes on.)

/** A problem with one file: the message reads "<file>: <what is wrong>; <what to do>". */
abstract class FileProblem extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** A page in content/ whose front matter breaks the article contract. */
export class ContentError extends FileProblem {
  override readonly name = "ContentError";
}

/** A broken configuration, manifest or override file. */
export class ConfigError extends FileProblem {
  override readonly name = "ConfigError";
}

/**
 * A page template that reads a site-model value its route does not declare in
 * src/render/routes.ts: its pages would not be rebuilt when that value changes.
 */
export class UndeclaredModelReadError extends FileProblem {
  override readonly name = "UndeclaredModelReadError";
  constructor(
    templateFile: string,
    readonly input: string,
  ) {
    super(
      templateFile,
      `reads gazette.${input}, which its route in src/render/routes.ts does not declare; add "${input}" to its reads`,
    );
  }
}

/** Two pages with one URL: the message names the output file and both sources. */
export class DuplicateUrlError extends FileProblem {
  override readonly name = "DuplicateUrlError";
  constructor(outputPath: string, first: string | undefined, second: string | undefined) {
    super(
      outputPath,
      `made by both ${first ?? "an earlier page"} and ${second ?? "a later page"}; give one of them another slug or permalink`,
    );
  }
}

/** A wrong command line: exit status 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** True for the errors a user fixes by editing a file: printed as one line, no stack trace. */
export function isFileProblem(error: unknown): error is ContentError | ConfigError {
  return error instanceof FileProblem;
}
