// Records what a user would not want to see while a page is open in the browser: console
// errors, uncaught exceptions, failed requests, error responses, and requests to any host but the site's own.
import type { Page } from "playwright-core";

export interface PageProblems {
  consoleErrors: string[];
  foreignRequests: string[];
  failedRequests: string[];
  /** Responses with status 400 or more, with the page that asked for them. */
  errorResponses: string[];
}

/** Starts recording on `page`; the returned lists fill up as the page is used. */
export function watchPage(page: Page, siteOrigin: string): PageProblems {
  const problems: PageProblems = {
    consoleErrors: [],
    foreignRequests: [],
    failedRequests: [],
    errorResponses: [],
  };
  page.on("console", (message) => {
    if (message.type() === "error") problems.consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) =>
    problems.consoleErrors.push(`${page.url()}: uncaught ${error.message}`),
  );
  page.on("request", (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && new URL(url).origin !== siteOrigin)
      problems.foreignRequests.push(`${page.url()} → ${url}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400)
      problems.errorResponses.push(
        `${response.status()} ${response.url()} (asked for by ${page.url()})`,
      );
  });
  page.on("requestfailed", (request) =>
    problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`),
  );
  return problems;
}

/** How far the page is wider than the window, in CSS pixels; 0 means no horizontal scrolling. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(0, document.scrollingElement!.scrollWidth - window.innerWidth),
  );
}
