// When the machine, not the input, stops a run: the disk is full, a folder is read-only or may
// not be written. Such a failure is one line naming the file and the fix, exit status 3, never a
// stack trace; every page written before it is whole (writes are atomic), so the same command
// run again once the fault is fixed finishes the job. Pure.

/** Error codes of a file system that refuses a write or a read for reasons outside Gazette. */
const FAULTS: Record<string, string> = {
  ENOSPC: "no space left on the device; free some space",
  EDQUOT: "the disk quota is used up; free some space",
  EROFS: "the file system is read-only; make it writable",
  EACCES: "permission denied; give this user the right to write there",
  EPERM: "the operation is not permitted; check the folder's owner and permissions",
  EIO: "the device reported an input/output error; check the disk",
  EMFILE: "too many files are open; raise the open-file limit (ulimit -n)",
  ENFILE: "the system has too many files open; close some programs",
};

interface SystemError {
  code: string;
  path?: string;
  dest?: string;
}

/** The first error in the chain of causes that is a file-system fault, if any. */
export function systemFaultOf(error: unknown): SystemError | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 8; depth++) {
    const candidate = e as { code?: unknown; cause?: unknown; originalError?: unknown };
    if (typeof candidate.code === "string" && Object.hasOwn(FAULTS, candidate.code))
      return candidate as SystemError;
    e = candidate.originalError ?? candidate.cause;
  }
  return undefined;
}

/**
 * One line for a fault: the file, what the system said and what to do.
 * @example faultMessage("ingest", { code: "ENOSPC", path: "content/articles/a.md" }, "/site")
 * //=> 'gazette ingest: content/articles/a.md: no space left on the device; free some space, then run "gazette ingest" again (pages already written are whole) [ENOSPC]'
 */
export function faultMessage(command: string, fault: SystemError, cwd: string): string {
  const file = fault.dest ?? fault.path;
  const where = file ? `${file.startsWith(`${cwd}/`) ? file.slice(cwd.length + 1) : file}: ` : "";
  return `gazette ${command}: ${where}${FAULTS[fault.code]}, then run "gazette ${command}" again (pages already written are whole) [${fault.code}]`;
}
