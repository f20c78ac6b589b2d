// Starts Pagefind's search box on the search page (the page loads pagefind-ui.js first). A
// ?q= in the address (the header's search form sends one) runs that search at once, and the
// query typed here is kept in the address, so a search can be bookmarked, shared or reloaded.
// Big sites have their index in shards (src/render/search-shards.ts): pagefind/shards.json lists
// the ones beside pagefind/, and Pagefind merges their results into one list.
window.addEventListener("DOMContentLoaded", async () => {
  const element = document.getElementById("search");
  if (!element) return;
  if (typeof PagefindUI === "undefined") {
    // The index is written by `gazette build`, and by `gazette serve` a few seconds after each build.
    const notice = document.createElement("p");
    notice.className = "notice";
    notice.textContent = "The search index is missing. `gazette build` makes it, and `gazette serve` makes it a few seconds after each build; reload the page, or browse by topic or person meanwhile.";
    element.append(notice);
    return;
  }
  const mergeIndex = (await otherShards(element.dataset.searchShards)).map((bundlePath) => ({ bundlePath }));
  const ui = new PagefindUI({
    element: "#search",
    mergeIndex,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    translations: { placeholder: element.dataset.searchPlaceholder || "Search" },
    // Filters without a match in the results are noise; and a site's thousands of people made a tall panel of them.
    showEmptyFilters: false,
    processTerm: (term) => {
      keepInAddress(term);
      return term;
    },
  });
  // Pagefind labels its input with a title only; screen readers need a real accessible name.
  const input = element.querySelector("input");
  if (input) input.setAttribute("aria-label", element.dataset.searchPlaceholder || "Search");
  // Pagefind does not search for an empty box, so clearing it is followed here.
  input?.addEventListener("input", () => {
    if (input.value.trim() === "") keepInAddress("");
  });
  const query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
});

/** Puts the query in the address as ?q= (none when empty) without adding a history entry per keystroke. */
function keepInAddress(term) {
  const url = new URL(window.location.href);
  if (term.trim()) url.searchParams.set("q", term);
  else url.searchParams.delete("q");
  if (url.href !== window.location.href) history.replaceState(history.state, "", url);
}

/** Absolute paths of the shards other than pagefind/ itself; none when the list is missing. */
async function otherShards(listUrl) {
  if (!listUrl) return [];
  try {
    const response = await fetch(listUrl);
    if (!response.ok) return [];
    const { shards } = await response.json();
    return shards.map((shard) => new URL(shard, new URL(listUrl, window.location.href)).pathname);
  } catch {
    return [];
  }
}
