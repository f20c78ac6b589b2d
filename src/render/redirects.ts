// Where a URL the site once published now leads. A page gone from the site is redirected to
// what replaced it: an article to its new slug (the same seed), a person or a topic to the name
// people.yaml or tags.yaml renamed or merged it into. A page nothing replaced (its story was
// removed or unpublished) is not redirected: sending it to an index would be a 404 in disguise.
import { foldName } from "../extract/fold-name.ts";
import { permalinks } from "../urls.ts";
import type { PublishedUrls } from "./published-urls.ts";

export interface Redirect {
  /** The old URL, without the deploy prefix: "/people/blair/". */
  from: string;
  /** Where it leads now, without the deploy prefix. */
  to: string;
}

export interface RenamedNames {
  /** Folded old name → the person's canonical name (people.yaml aliases). */
  person: ReadonlyMap<string, string>;
  /** Folded old tag → the tag it became (tags.yaml rename and merge). */
  tag: ReadonlyMap<string, string>;
}

/**
 * Redirects for every remembered URL the current site does not publish.
 * @example
 * findRedirects(new Map([["/people/blair/", "person:Blair"]]), new Map([["/people/tony-blair/", "person:Tony Blair"]]),
 *   { person: new Map([["blair", "Tony Blair"]]), tag: new Map() })
 * //=> [{ from: "/people/blair/", to: "/people/tony-blair/" }]
 */
export function findRedirects(
  remembered: PublishedUrls,
  current: PublishedUrls,
  renamed: RenamedNames,
): Redirect[] {
  const urlOf = new Map([...current].map(([url, id]) => [id, url]));
  const redirects: Redirect[] = [];
  for (const [from, id] of remembered) {
    if (current.has(from)) continue;
    const to = newHome(id, urlOf, current, renamed);
    if (to !== undefined) redirects.push({ from, to });
  }
  return redirects.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

function newHome(
  id: string,
  urlOf: ReadonlyMap<string, string>,
  current: PublishedUrls,
  renamed: RenamedNames,
): string | undefined {
  const colon = id.indexOf(":");
  const kind = id.slice(0, colon);
  const name = id.slice(colon + 1);
  // The same article, person or topic under another URL (an editor changed the slug).
  const same = urlOf.get(id);
  if (same) return same;
  if (kind === "person")
    return live(renamed.person.get(foldName(name)), permalinks.person, current);
  if (kind === "tag") return live(renamed.tag.get(foldName(name)), permalinks.tag, current);
  return undefined;
}

/** The URL of `name` when the site publishes it now (by URL, so a change of case still matches). */
function live(
  name: string | undefined,
  urlFor: (name: string) => string,
  current: PublishedUrls,
): string | undefined {
  if (name === undefined) return undefined;
  const url = urlFor(name);
  return current.has(url) ? url : undefined;
}
