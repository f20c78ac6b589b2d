// What a bulk page is made from, as one key, so a rebuild renders only the pages whose inputs
// changed. A page's inputs are
//   - the build: Gazette's code and lock file, every template, and the global data other than
//     the site model (site config, asset URLs, path prefix);
//   - the site-model values its route declares it reads (routes.ts; `updated` for the feeds), or
//     the whole model for a template the route table does not list;
//   - its pagination items, in full: an article page's article with its previous, next and
//     related articles; a tag page's items and its tag.
// Articles nested inside a page's data (a related story, an item of a tag's list, the story a
// quote comes from) enter by a key of everything the article holds itself, so a new headline
// re-renders every page that shows it and nothing else. Tag and person views shared by many
// pages are keyed once. Nothing here knows which fields a template prints: a key covers all of
// them, so a page can only be reused when it would come out the same.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** An article view: the loaded page (it has `file` and `body`) plus links to other articles. */
function isArticle(
  value: object,
): value is { previous?: unknown; next?: unknown; related?: unknown; body: string; file: string } {
  return (
    typeof (value as { file?: unknown }).file === "string" &&
    typeof (value as { body?: unknown }).body === "string"
  );
}

/** A tag or person view: named, with the list of its articles; shown by many pages. */
function isEntity(value: object): boolean {
  return (
    Array.isArray((value as { articles?: unknown }).articles) &&
    typeof (value as { slug?: unknown }).slug === "string"
  );
}

export class PageInputKeys {
  private readonly articleKeys = new WeakMap<object, string>();
  private readonly entityKeys = new WeakMap<object, string>();

  /** `buildKey` covers what every page shares; see `buildInputsKey`. */
  constructor(private readonly buildKey: string) {}

  /** The key of one page of a route: the route's own key, the page number and its items in full. */
  pageKey(routeKey: string, pageNumber: number, items: readonly unknown[]): string {
    const hash = createHash("sha1")
      .update(this.buildKey)
      .update("\0")
      .update(routeKey)
      .update("\0")
      .update(String(pageNumber));
    for (const item of items) hash.update("\0").update(this.describe(item));
    return hash.digest("base64url");
  }

  /** A value as JSON, with nested articles and entities replaced by their keys. */
  describe(value: unknown): string {
    if (value !== null && typeof value === "object" && isArticle(value)) {
      // The page's own article in full; its neighbours by key.
      const { previous, next, related } = value;
      return JSON.stringify({
        own: this.articleKey(value),
        previous: this.keyOf(previous),
        next: this.keyOf(next),
        related: this.keyOf(related),
      });
    }
    return this.json(value, value) ?? "undefined";
  }

  private keyOf(value: unknown): string {
    return this.json(value, undefined) ?? "undefined";
  }

  /**
   * JSON.stringify(value), except that an article or an entity nested in it (anything but
   * `root`) is written as "article:<key>" or "entity:<key>", and a function as its source.
   * Undefined is what JSON.stringify gives for a value it leaves out. (This was a hand-written
   * serializer, on the belief that V8 runs a replacer several times slower; measured on Node 20
   * it was not faster, so it is JSON.stringify's own again: `npx tsx bench/upstream-copies.ts`.)
   */
  json(value: unknown, root: unknown): string | undefined {
    return JSON.stringify(value, (_key, item: unknown) => {
      if (typeof item === "function") return String(item);
      if (item === root || item === null || typeof item !== "object") return item;
      if (isArticle(item)) return `article:${this.articleKey(item)}`;
      if (isEntity(item)) return `entity:${this.entityKey(item)}`;
      return item;
    }) as string | undefined;
  }

  /** Everything an article holds itself; its links to other articles are theirs to key. */
  private articleKey(
    article: object & { previous?: unknown; next?: unknown; related?: unknown },
  ): string {
    let key = this.articleKeys.get(article);
    if (key === undefined) {
      // `html` is made from `body` by code the build key covers, and is left out of JSON (it is
      // rendered only when a page reads it), so hashing the body is enough.
      const { previous: _previous, next: _next, related: _related, ...own } = article;
      key = createHash("sha1").update(JSON.stringify(own)).digest("base64url");
      this.articleKeys.set(article, key);
    }
    return key;
  }

  private entityKey(entity: object): string {
    let key = this.entityKeys.get(entity);
    if (key === undefined) {
      key = createHash("sha1").update(this.json(entity, entity)!).digest("base64url");
      this.entityKeys.set(entity, key);
    }
    return key;
  }
}

/**
 * What every bulk page shares: the code that renders it (every file under `codeDirs`, e.g.
 * src/ and package-lock.json's folder is passed as a file), the templates, and the global data
 * apart from the site model. Functions in the data are keyed by their source.
 */
export function buildInputsKey(options: {
  files: readonly string[];
  dirs: readonly string[];
  globalData: Record<string, unknown>;
  pathPrefix: string;
}): string {
  const hash = createHash("sha1").update(options.pathPrefix);
  const paths = [...options.files, ...options.dirs.flatMap((dir) => listFiles(dir))].sort();
  for (const path of paths) hash.update("\0").update(path).update("\0").update(readFileSync(path));
  const { gazette: _model, ...data } = options.globalData;
  hash
    .update("\0")
    .update(
      JSON.stringify(data, (_key, value: unknown) =>
        typeof value === "function" ? String(value) : value,
      ) ?? "",
    );
  return hash.digest("base64url");
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
