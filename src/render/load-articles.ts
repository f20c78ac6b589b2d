// content/articles/*.md → validated articles with their HTML. A page whose front matter breaks
// the contract is reported with its file and the field, and left out of the site.
import { join } from "node:path";
import type { ArticleFrontMatter } from "../article.ts";
import { ContentError } from "../errors.ts";
import {
  ARTICLES_DIR,
  forgetArticlePagesExcept,
  listArticlePages,
  readArticlePage,
} from "../article-pages.ts";
import type { MarkdownRenderer } from "./markdown.ts";

export interface LoadedArticle extends ArticleFrontMatter {
  /** Path of the page relative to the content folder, e.g. "articles/storm-hits-coast.md". */
  file: string;
  body: string;
  /** The body as HTML, rendered when first read (see `lazyHtml`). */
  readonly html: string;
}

export interface LoadResult {
  articles: LoadedArticle[];
  problems: ContentError[];
}

export function loadArticles(contentDir: string, markdown: MarkdownRenderer): LoadResult {
  const articlesDir = join(contentDir, ARTICLES_DIR);
  // No articles yet is fine: an empty site is still a site.
  const names = listArticlePages(articlesDir);
  const articles: LoadedArticle[] = [];
  const problems: ContentError[] = [];
  const bySlug = new Map<string, string>();
  for (const name of names) {
    const file = `${ARTICLES_DIR}/${name}`;
    let parsed;
    try {
      ({ parsed } = readArticlePage(join(articlesDir, name)));
    } catch (error) {
      // A symlink loop or a page without read permission is one page left out, not a failed build (issue 13, bug 8).
      problems.push(
        new ContentError(
          file,
          `cannot be read (${(error as NodeJS.ErrnoException).code ?? "unknown error"}); check its permissions, or remove it`,
        ),
      );
      continue;
    }
    if (!parsed.ok) {
      problems.push(new ContentError(file, parsed.reason));
      continue;
    }
    const other = bySlug.get(parsed.data.slug);
    if (other) {
      problems.push(
        new ContentError(
          file,
          `has slug "${parsed.data.slug}", already used by ${other}; give one of them another slug`,
        ),
      );
      continue;
    }
    bySlug.set(parsed.data.slug, file);
    articles.push(lazyHtml({ ...parsed.data, file, body: parsed.body }, markdown) as LoadedArticle);
  }
  forgetArticlePagesExcept(names.map((name) => join(articlesDir, name)));
  return { articles, problems };
}

/**
 * Gives `article` an `html` property that renders its body when first read. A rebuild that
 * reuses most pages (page-inputs.ts) never reads the HTML of their articles. The property is
 * not enumerable, so spreads and JSON leave it out; `keepLazyHtml` carries it to a copy.
 */
export function lazyHtml<T extends { body: string }>(
  article: T,
  markdown: MarkdownRenderer,
): T & { readonly html: string } {
  let html: string | undefined;
  return Object.defineProperty(article, "html", {
    get: () => (html ??= markdown.render(article.body)),
    enumerable: false,
  }) as T & { readonly html: string };
}

/** Copies the lazy `html` of `from` onto `to`, a spread copy of it. */
export function keepLazyHtml<T extends object>(
  from: LoadedArticle,
  to: T,
): T & { readonly html: string } {
  return Object.defineProperty(to, "html", Object.getOwnPropertyDescriptor(from, "html")!) as T & {
    readonly html: string;
  };
}
