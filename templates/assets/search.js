// Starts Pagefind's search box on the search page (the page loads pagefind-ui.js first). A
// ?q= in the address runs that search at once, so links and bookmarks to a search work.
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
  });
  // Pagefind labels its input with a title only; screen readers need a real accessible name.
  const input = element.querySelector("input");
  if (input) input.setAttribute("aria-label", element.dataset.searchPlaceholder || "Search");
  const query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
});

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
