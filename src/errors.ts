// The error vocabulary shared by ingest and render. Each class is one kind of failure a user
// can fix; its message says what happened, where, and what to do, without a stack trace.

/** A seed file that cannot become an article. `reason` reads as "<what is wrong>; <what to do>". */
export class SeedError extends Error {
  override readonly name = "SeedError";
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** A page in content/ whose front matter breaks the article contract. */
export class ContentError extends Error {
  override readonly name = "ContentError";
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** A wrong command line: exit status 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** A broken configuration or override file. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}
