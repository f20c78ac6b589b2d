// A seed's section: the editor's choice in articles.yaml, else the folder it sits in, so a
// newsroom that files stories in business/, sport/… gets sections without writing anything.

/**
 * The section named by a seed's first folder, or undefined for a seed at the top level.
 * @example
 * sectionFromSource("business/rates.txt") //=> "Business"
 * sectionFromSource("world_news/x.txt") //=> "World news"
 * sectionFromSource("rates.txt") //=> undefined
 */
export function sectionFromSource(source: string): string | undefined {
  const slash = source.indexOf("/");
  if (slash <= 0) return undefined;
  const words = source.slice(0, slash).replace(/[-_]+/g, " ").trim();
  if (words === "") return undefined;
  return words.charAt(0).toUpperCase() + words.slice(1);
}
