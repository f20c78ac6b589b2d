import { describe, expect, it } from "vitest";
import { paginate } from "../../src/render/paginate.ts";

const href = (n: number) => (n === 1 ? "/news/tags/x/" : `/news/tags/x/page/${n}/`);
const permalink = (n: number) => (n === 1 ? "/tags/x/" : `/tags/x/page/${n}/`);

describe("paginate", () => {
  it("splits items into pages of the given size, in order", () => {
    const pages = paginate([1, 2, 3, 4, 5], 2, href, permalink);
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((page) => page.totalPages)).toEqual([3, 3, 3]);
  });

  it("links each page to its neighbours and gives Eleventy the unprefixed permalink", () => {
    const [first, second, third] = paginate([1, 2, 3, 4, 5], 2, href, permalink);
    expect(first).toMatchObject({
      url: "/news/tags/x/",
      permalink: "/tags/x/",
      nextUrl: "/news/tags/x/page/2/",
    });
    expect(first!.previousUrl).toBeUndefined();
    expect(second).toMatchObject({ previousUrl: "/news/tags/x/", nextUrl: "/news/tags/x/page/3/" });
    expect(third!.nextUrl).toBeUndefined();
  });

  it("gives an empty list one empty page, so the index still exists", () => {
    expect(paginate([], 10, href, permalink)).toEqual([
      { items: [], pageNumber: 1, totalPages: 1, url: "/news/tags/x/", permalink: "/tags/x/" },
    ]);
  });

  it("makes exactly one page when the items fill it", () => {
    expect(
      paginate(
        Array.from({ length: 10 }, (_, i) => i),
        10,
        href,
        permalink,
      ),
    ).toHaveLength(1);
  });
});
