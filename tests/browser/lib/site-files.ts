// Lists what a build wrote, as the URL paths a static host would serve it under, so tests can
// compare "pages that exist" with "pages that links reach".
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Every file under `dir`, as paths relative to it with "/" separators. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

/**
 * URL paths of the HTML pages in a build: "tags/nato/index.html" → "/news/tags/nato/".
 * @example
 * htmlPagePaths(["index.html", "about/index.html", "404.html"], "/") //=> ["/", "/about/", "/404.html"]
 */
export function htmlPagePaths(files: string[], prefix: string): string[] {
  return files
    .filter((file) => file.endsWith(".html"))
    .map((file) => prefix + file.replace(/(^|\/)index\.html$/, "$1"));
}
