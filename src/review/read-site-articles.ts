// content/articles/*.md → the fields review needs, through the same page reader render uses.
// A page that breaks the article contract is reported (render leaves it out too) and skipped.
import { join } from "node:path";
import { ARTICLES_DIR, listArticlePages, readArticlePage } from "../article-pages.ts";
import type { ReviewArticle } from "./review-items.ts";

export function readSiteArticles(contentDir: string): {
  articles: ReviewArticle[];
  problems: string[];
} {
  const dir = join(contentDir, ARTICLES_DIR);
  const articles: ReviewArticle[] = [];
  const problems: string[] = [];
  for (const name of listArticlePages(dir)) {
    const file = `${ARTICLES_DIR}/${name}`;
    const { parsed } = readArticlePage(join(dir, name));
    if (parsed.ok) articles.push({ ...parsed.data, body: parsed.body, file });
    else problems.push(`${join(contentDir, file)}: ${parsed.reason}; page left out of the review`);
  }
  return { articles, problems };
}
