// `gazette review | head -1`: the reader closes the pipe after one line, and Gazette's next write
// fails with EPIPE. Node reports that as an 'error' event on process.stdout; with no listener it
// ended the run with a stack trace and exit status 1. A closed output only means that nobody
// reads any more: the command finishes its work quietly and keeps its own exit status.

const GUARDED = Symbol.for("gazette.closedOutputGuarded");

/** Errors that mean "the reader went away", not "the command failed". */
const CLOSED_OUTPUT_CODES = new Set(["EPIPE", "ERR_STREAM_DESTROYED"]);

/**
 * Lets `stream` be closed by its reader without ending the process; any other error on it is
 * thrown as before. Installing it twice on one stream adds no second listener.
 * @example
 * ignoreClosedOutput(process.stdout); // then `gazette review | head -1` exits 0, silently
 */
export function ignoreClosedOutput(stream: NodeJS.WritableStream): void {
  const marked = stream as NodeJS.WritableStream & { [GUARDED]?: true };
  if (marked[GUARDED]) return;
  marked[GUARDED] = true;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== undefined && CLOSED_OUTPUT_CODES.has(error.code)) return;
    throw error;
  });
}
