// content/articles/*.md → what ingest needs to know about the pages already there: which seed
// each came from, its slug and date, and whether a person has edited it.
import { join } from "node:path";
import { listArticlePages, readArticlePage } from "../article-pages.ts";
import { pageState, type PageState } from "./stamp-page.ts";
import type { SeedDate } from "./seed-dates.ts";

export interface ExistingPage {
  /** File name inside the articles folder, e.g. "storm-hits-coast.md". */
  file: string;
  text: string;
  state: PageState;
  /** Present when the front matter parses: the seed it came from, its slug and date. */
  source?: string;
  slug?: string;
  date?: SeedDate;
}

export function readPages(articlesDir: string): ExistingPage[] {
  return listArticlePages(articlesDir).map((file) => {
    const { text, parsed } = readArticlePage(join(articlesDir, file));
    const page: ExistingPage = { file, text, state: pageState(text) };
    if (parsed.ok) {
      page.source = parsed.data.source;
      page.slug = parsed.data.slug;
      if (parsed.data.dateSource) page.date = { date: parsed.data.date, dateSource: parsed.data.dateSource };
    }
    return page;
  });
}
