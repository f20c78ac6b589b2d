// Picks one page of every kind from a build (home, home page 2, article, tag index, tag page,
// tag page 2, people index, person page, search, about, 404, and any other page the templates
// add), so validators and browsers check each template once instead of every page.
import { htmlPagePaths } from "./site-files.ts";

export interface PageOfKind {
  kind: string;
  /** URL path, with the path prefix. */
  path: string;
  /** File in the build, relative to its folder. */
  file: string;
}

const pageNumber = /^(.*?)page\/(\d+)\/$/;

/**
 * One page per kind. Tag and person pages are the folders that have a feed.xml; the tag and
 * person chosen are the ones with the most pages, so that "page 2" exists when any does.
 */
export function pagesOfEveryKind(files: string[], prefix: string): PageOfKind[] {
  const fileSet = new Set(files);
  const html = files.filter((file) => file.endsWith(".html"));
  const kinds = new Map<string, string>();
  const pagesOf = (list: string) =>
    html.filter((file) => file.startsWith(`${list}page/`)).length + 1;
  const keep = (kind: string, file: string) => {
    if (!kinds.has(kind)) kinds.set(kind, file);
  };
  const busiest = (section: "tags" | "people") => {
    const lists = html
      .map((file) => file.replace(/index\.html$/, ""))
      .filter(
        (dir) =>
          dir.startsWith(`${section}/`) &&
          dir.split("/").length === 3 &&
          fileSet.has(`${dir}feed.xml`),
      );
    return lists.sort((a, b) => pagesOf(b) - pagesOf(a) || a.localeCompare(b))[0];
  };
  const tag = busiest("tags");
  const person = busiest("people");
  keep("home", "index.html");
  if (fileSet.has("page/2/index.html")) keep("home page 2", "page/2/index.html");
  const article = html.find((file) => /^articles\/[^/]+\/index\.html$/.test(file));
  if (article) keep("article", article);
  if (tag) keep("tag page", `${tag}index.html`);
  if (tag && fileSet.has(`${tag}page/2/index.html`)) keep("tag page 2", `${tag}page/2/index.html`);
  if (person) keep("person page", `${person}index.html`);
  if (person && fileSet.has(`${person}page/2/index.html`))
    keep("person page 2", `${person}page/2/index.html`);
  // Every other page is a kind of its own ("about", "tags/by-count"), unless it is one more
  // article, one more tag or person page, or a later page of a paginated list.
  const isInstance = (dir: string) =>
    dir.startsWith("articles/") ||
    pageNumber.test(dir) ||
    (/^(tags|people)\/[^/]+\/$/.test(dir) && fileSet.has(`${dir}feed.xml`));
  for (const file of html) {
    const dir = file.replace(/index\.html$/, "");
    if (!isInstance(dir)) keep(dir === "" ? "home" : dir.replace(/\/$/, ""), file);
  }
  return [...kinds].map(([kind, file]) => ({
    kind,
    file,
    path: htmlPagePaths([file], prefix)[0]!,
  }));
}
