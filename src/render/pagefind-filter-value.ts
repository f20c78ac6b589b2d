// Pagefind's filter panel on /search/ puts each filter value into the page as HTML (innerHTML,
// pagefind-ui 1.6), so a topic or person named `<img src=x onerror=alert(1)>` ran as script for
// every reader of the search page (issue 13, bug 3). Articles give Pagefind each name in an
// attribute (`data-pagefind-filter="topic[data-filter]" data-filter="…"`) escaped so that the
// value Pagefind stores is the name as HTML text: the panel's innerHTML then shows the name.

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** "<b>" → "&lt;b&gt;". */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

/**
 * The `data-filter` value for a name, before the template's autoescape. Pagefind 1.6 decodes
 * entities in an attribute twice (measured: `&amp;amp;lt;` is stored as `&lt;`), and the value
 * it stores must be the name escaped once; so, with autoescape's layer, the name is escaped
 * three times in all. tests/hostile/search-filters-are-text.test.ts checks the result in Chromium.
 * @example
 * pagefindFilterValue("AT&T") //=> "AT&amp;amp;T"
 */
export function pagefindFilterValue(name: string): string {
  return escapeHtml(escapeHtml(name));
}
