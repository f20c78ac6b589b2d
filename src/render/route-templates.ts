// templates/pages/*.njk → route templates: each file's front matter and body, read the way
// Eleventy reads them (gray-matter semantics: the body starts after the closing fence's line).
// Gazette renders these routes itself (render-routes.ts); see isGazetteRoute.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";

export interface RoutePagination {
  /** Dotted path into the data, e.g. "gazette.articles". */
  data: string;
  size: number;
  alias?: string;
}

export interface RouteTemplate {
  /** Absolute path of the template file. */
  path: string;
  /** Front matter as written: `permalink`, `layout`, `eleventyComputed` and the rest. */
  data: Record<string, unknown>;
  body: string;
  pagination?: RoutePagination;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits a template into front matter and body, like gray-matter (which Eleventy uses). */
export function readTemplateText(path: string, text: string): RouteTemplate {
  const match = FENCE.exec(text);
  if (!match) return { path, data: {}, body: text };
  const data = (parseYaml(match[1]!) ?? {}) as Record<string, unknown>;
  const template: RouteTemplate = { path, data, body: text.slice(match[0].length) };
  const pagination = data.pagination as Partial<RoutePagination> | undefined;
  if (pagination && typeof pagination.data === "string") {
    template.pagination = {
      data: pagination.data,
      size: Number(pagination.size ?? 10),
      ...(pagination.alias ? { alias: pagination.alias } : {}),
    };
  }
  return template;
}

export function readTemplate(path: string): RouteTemplate {
  return readTemplateText(path, readFileSync(path, "utf8"));
}

/** Every *.njk route in `pagesDir`, sorted by file name. */
export function readRouteTemplates(pagesDir: string): RouteTemplate[] {
  return readdirSync(pagesDir)
    .filter((name) => name.endsWith(".njk"))
    .sort()
    .map((name) => readTemplate(join(pagesDir, name)));
}

/**
 * Routes Gazette renders itself (render-routes.ts): every page template, singletons included,
 * except one that paginates over something other than Gazette's data (an Eleventy collection)
 * and one with `permalink: false`, which writes nothing (templates/pages/eleventy-engine.njk
 * is such a page: it gives Eleventy its Nunjucks environment). Gazette writes a page only
 * when its bytes change; Eleventy writes every page it renders on every build.
 */
export function isGazetteRoute(template: RouteTemplate): boolean {
  if (template.data.permalink === false) return false;
  return template.pagination ? template.pagination.data.startsWith("gazette.") : true;
}
