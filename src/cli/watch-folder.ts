// Watches a folder tree for saves with chokidar: in-place writes, rename-saves (a temporary
// file written, then renamed over the old one, as vim, `sed -i` and many editors do), new
// folders and deletions. Node 20's recursive fs.watch on Linux lost a file after its first
// rename-save and later saves went unseen (issue #12). A burst of events becomes one call.
import { watch } from "chokidar";
import { basename } from "node:path";

export interface FolderWatcher {
  /** Resolves once the tree has been scanned: saves from then on are seen. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

export interface WatchFolderOptions {
  /** Events closer together than this become one call. */
  settleMs: number;
  /** A watch that failed (e.g. too many watched files); the default prints one line. */
  onError?: (error: unknown) => void;
}

/**
 * Hidden files (editors' swap files, ingest's `.page.md.123.tmp`) and backups (`page.md~`) are
 * not saves of a page or seed.
 * @example isScratchFile("/s/.x.txt.swp") //=> true
 */
export function isScratchFile(path: string): boolean {
  const name = basename(path);
  return name.startsWith(".") || name.endsWith("~") || name.endsWith(".tmp");
}

/** Calls `onChange` with the paths added, changed or removed under `dir`, a burst at a time. */
export function watchFolder(
  dir: string,
  onChange: (paths: string[]) => void,
  options: WatchFolderOptions,
): FolderWatcher {
  const watcher = watch(dir, {
    ignoreInitial: true,
    // The root itself is never scratch, even in a hidden folder.
    ignored: (path: string) => path !== dir && isScratchFile(path),
  });
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const queue = (path: string) => {
    pending.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const paths = [...pending].sort();
      pending = new Set();
      onChange(paths);
    }, options.settleMs);
  };
  for (const event of ["add", "change", "unlink", "addDir", "unlinkDir"] as const)
    watcher.on(event, queue);
  // Without a listener, an "error" event would end the dev server.
  watcher.on(
    "error",
    options.onError ?? ((error: unknown) => console.error(`watching ${dir}: ${String(error)}`)),
  );
  const ready = new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  return {
    ready,
    close: async () => {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
