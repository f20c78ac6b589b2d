// Renders a route template the way Eleventy would, for every item of its pagination data:
// the same Nunjucks environment (filters, includes), the same data cascade (global data, then
// layout front matter, then the template's own; `eleventyComputed` and `permalink` rendered
// with the page's data) and the same layout chain. Each template is compiled once, so a page
// costs one pass of compiled code instead of Eleventy's per-page template bookkeeping.
import { existsSync } from "node:fs";
import { join } from "node:path";
import nunjucks from "nunjucks";
import { readTemplate, type RouteTemplate } from "./route-templates.ts";

export interface RoutePage {
  /** The page URL as its permalink gives it, e.g. "/articles/storm/". */
  url: string;
  /** Path of the file under the output folder, e.g. "articles/storm/index.html". */
  outputPath: string;
  /** 0-based, as in Eleventy's `pagination.pageNumber`. */
  pageNumber: number;
  /** This page's slice of the pagination data. */
  items: readonly unknown[];
  /** Renders the page; a caller that knows the page is unchanged need not. */
  render(): string;
}

export interface RouteRenderSettings {
  env: nunjucks.Environment;
  /** Eleventy's global data: `site`, `gazette`, `urls` and whatever else plugins add. */
  globalData: Record<string, unknown>;
  layoutsDir: string;
  includesDir: string;
}

interface CompiledLayout {
  data: Record<string, unknown>;
  template: nunjucks.Template;
}

/**
 * Every page of one route template, in pagination order, ready to render: one per slice of its
 * pagination data, or the one page of a template without pagination.
 */
export function* routePages(
  route: RouteTemplate,
  settings: RouteRenderSettings,
): Generator<RoutePage> {
  const { env, globalData } = settings;
  const pagination = route.pagination;
  const body = compile(route.body, env, route.path);
  const layouts = layoutChain(route.data.layout, settings);
  const {
    eleventyComputed,
    pagination: _pagination,
    permalink,
    layout: _layout,
    ...ownData
  } = route.data;
  const permalinkTemplate = compile(String(permalink ?? ""), env, `${route.path} (permalink)`);
  const computed = Object.entries((eleventyComputed ?? {}) as Record<string, unknown>).map(
    ([key, value]) =>
      [key, compileComputed(value, env, `${route.path} (eleventyComputed.${key})`)] as const,
  );
  // Layout data sits below the template's own, as in Eleventy's cascade.
  const baseData = {
    ...globalData,
    ...Object.assign({}, ...layouts.map((layout) => layout.data).reverse()),
    ...ownData,
  };

  const page = (
    url: string,
    pageNumber: number,
    items: readonly unknown[],
    data: Record<string, unknown>,
  ): RoutePage => {
    const outputPath = (url.endsWith("/") ? `${url}index.html` : url).replace(/^\/+/, "");
    data.page = {
      url,
      outputPath,
      inputPath: route.path,
      outputFileExtension: outputPath.split(".").pop(),
    };
    const render = () => {
      for (const [key, value] of computed) data[key] = renderComputed(value, data);
      let content = body.render(data);
      for (const layout of layouts) content = layout.template.render({ ...data, content });
      return content;
    };
    return { url, outputPath, pageNumber, items, render };
  };

  if (!pagination) {
    const data: Record<string, unknown> = { ...baseData };
    yield page(permalinkTemplate.render(data), 0, [], data);
    return;
  }
  const items = valueAt(globalData, pagination.data);
  if (!Array.isArray(items))
    throw new Error(`${route.path} paginates over "${pagination.data}", which is not a list`);
  const pages = chunk(items, pagination.size);
  for (let pageNumber = 0; pageNumber < pages.length; pageNumber++) {
    const pageItems = pages[pageNumber]!;
    const data: Record<string, unknown> = {
      ...baseData,
      pagination: {
        data: pagination.data,
        size: pagination.size,
        alias: pagination.alias,
        items: pageItems,
        pageNumber,
      },
    };
    if (pagination.alias) data[pagination.alias] = pagination.size === 1 ? pageItems[0] : pageItems;
    yield page(permalinkTemplate.render(data), pageNumber, pageItems, data);
  }
}

/** eleventyComputed values: Eleventy renders every string in them, inside lists and maps too. */
type Computed = nunjucks.Template | Computed[] | { [key: string]: Computed } | unknown;

function compileComputed(value: unknown, env: nunjucks.Environment, path: string): Computed {
  if (typeof value === "string") return compile(value, env, path);
  if (Array.isArray(value))
    return value.map((item, index) => compileComputed(item, env, `${path}[${index}]`));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        compileComputed(item, env, `${path}.${key}`),
      ]),
    );
  }
  return value;
}

function renderComputed(value: Computed, data: Record<string, unknown>): unknown {
  if (value instanceof nunjucks.Template) return value.render(data);
  if (Array.isArray(value)) return value.map((item) => renderComputed(item, data));
  if (value !== null && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, renderComputed(item, data)]),
    );
  return value;
}

function compile(source: string, env: nunjucks.Environment, path: string): nunjucks.Template {
  return new nunjucks.Template(source, env, path, true);
}

/** The layouts a template is wrapped in, innermost first (`article` → `base`). */
function layoutChain(name: unknown, settings: RouteRenderSettings): CompiledLayout[] {
  const chain: CompiledLayout[] = [];
  const seen = new Set<string>();
  while (typeof name === "string" && name !== "") {
    const path = [join(settings.layoutsDir, name), join(settings.includesDir, name)].find(
      (candidate) => existsSync(candidate),
    );
    if (!path)
      throw new Error(
        `Layout "${name}" is in neither ${settings.layoutsDir} nor ${settings.includesDir}; check the layout: line`,
      );
    if (seen.has(path)) throw new Error(`Layout ${path} includes itself through its layout: chain`);
    seen.add(path);
    const { data, body } = readTemplate(path);
    const { layout, ...layoutData } = data;
    chain.push({ data: layoutData, template: compile(body, settings.env, path) });
    name = layout;
  }
  return chain;
}

/** `valueAt({ a: { b: 1 } }, "a.b")` → 1 */
function valueAt(data: Record<string, unknown>, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], data);
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    chunks.push(items.slice(start, start + size));
  return chunks;
}
