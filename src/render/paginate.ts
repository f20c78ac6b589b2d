// Splits a list into numbered pages with their URLs, for the home page and for every tag and
// person page. Page 1 lives at the plain URL, page n at ".../page/n/".

export interface ListPage<T> {
  items: T[];
  pageNumber: number;
  totalPages: number;
  /** Site-relative href, with the deploy prefix. */
  url: string;
  /** Output path for Eleventy, without the prefix. */
  permalink: string;
  previousUrl?: string;
  nextUrl?: string;
}

/**
 * @param href page number → URL with the deploy prefix
 * @param permalink page number → URL without it
 * @example
 * paginate([1, 2, 3], 2, (n) => `/x/${n}/`, (n) => `/x/${n}/`).map((p) => p.items) //=> [[1, 2], [3]]
 */
export function paginate<T>(
  items: readonly T[],
  size: number,
  href: (page: number) => string,
  permalink: (page: number) => string,
): ListPage<T>[] {
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  const pages: ListPage<T>[] = [];
  for (let pageNumber = 1; pageNumber <= totalPages; pageNumber++) {
    const page: ListPage<T> = {
      items: items.slice((pageNumber - 1) * size, pageNumber * size),
      pageNumber,
      totalPages,
      url: href(pageNumber),
      permalink: permalink(pageNumber),
    };
    if (pageNumber > 1) page.previousUrl = href(pageNumber - 1);
    if (pageNumber < totalPages) page.nextUrl = href(pageNumber + 1);
    pages.push(page);
  }
  return pages;
}
