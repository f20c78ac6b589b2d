// The titles of about 38,000 popular English Wikipedia articles, lower-case, from the
// `compromise-wikipedia` package (MIT; by compromise's author; 330 kB packed, no install
// script, no download at run time). The package hands its list to compromise through a
// plugin's `mutate(world, nlp)` hook, which calls `nlp.buildTrie(list)`; we call that hook with
// a `buildTrie` that keeps the list, so we read the package's data through its own interface
// and never load compromise's tagger. Loaded once, on first use.
import wikipediaPlugin from "compromise-wikipedia";

let titles: ReadonlySet<string> | undefined;

/**
 * The encyclopaedia has an article under exactly this name, in any case.
 * @example isWikipediaTitle("Miss Universe") //=> true
 */
export function isWikipediaTitle(name: string): boolean {
  return wikipediaTitles().has(name.toLowerCase());
}

/** Every title, lower-case ("barack obama", "harry potter", "premier league"). */
export function wikipediaTitles(): ReadonlySet<string> {
  if (titles) return titles;
  const world = { model: {} as Record<string, unknown> };
  let list: string[] = [];
  const plugin = wikipediaPlugin as unknown as {
    mutate: (w: typeof world, nlp: { buildTrie: (l: string[]) => unknown }) => void;
  };
  plugin.mutate(world, { buildTrie: (l) => (list = l) });
  titles = new Set(list);
  return titles;
}
