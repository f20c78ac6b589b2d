// The route table declares what each page template reads from the site model; the renderer
// checks every read against it, and a template the table does not list is keyed on the whole model.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/project-paths.ts";
import { watchModelReads } from "../../src/render/model-reads.ts";
import { readRouteTemplates, isGazetteRoute } from "../../src/render/route-templates.ts";
import { modelInputsOf, ROUTES } from "../../src/render/routes.ts";

const model = {
  articles: [],
  tags: [],
  people: [],
  homePages: [],
  tagPages: [],
  personPages: [],
  sitemap: [],
  updated: "2025-01-01T00:00:00Z",
  sections: [],
  sectionPages: [],
  sectionNav: [],
  redirects: [],
  news: [],
  lastmod: {},
};

describe("the route table", () => {
  it("lists every page template Gazette renders, and nothing else", () => {
    const rendered = readRouteTemplates(join(PROJECT_ROOT, "templates/pages"))
      .filter(isGazetteRoute)
      .map((route) => route.path.split("/").pop()!);
    expect(Object.keys(ROUTES).sort()).toEqual(rendered.sort());
  });

  it("declares only names of site-model values", () => {
    for (const [name, route] of Object.entries(ROUTES))
      for (const input of route.reads) expect(Object.keys(model), name).toContain(input);
  });

  it.each([
    [
      "a declared route is keyed on its declared reads, sorted",
      "feed.njk",
      ["articles", "updated"],
    ],
    ["a route that reads nothing beyond its pages is keyed on nothing else", "redirect.njk", []],
    [
      "a template not in the table is keyed on the whole model",
      "my-own-page.njk",
      Object.keys(model).sort(),
    ],
  ])("%s", (_name, template, expected) => {
    expect(modelInputsOf(template, model)).toEqual(expected);
  });

  it("takes a table of its own, for tests and for sites with their own routes", () => {
    expect(modelInputsOf("x.njk", model, { "x.njk": { reads: ["tags"] } })).toEqual(["tags"]);
  });
});

describe("watchModelReads", () => {
  it("records the model's own values read through the view, and only those", () => {
    const reads = watchModelReads(Object.freeze({ ...model }));
    void reads.view.updated;
    void (reads.view as Record<string, unknown>).notInTheModel;
    void String(reads.view);
    expect([...reads.names]).toEqual(["updated"]);
    // A filter given the whole model reads through the same view.
    const newest = (site: typeof model) => site.articles.slice(0, 1);
    newest(reads.view);
    expect([...reads.names].sort()).toEqual(["articles", "updated"]);
  });

  it("gives the same values as the model, frozen objects included", () => {
    const frozen = Object.freeze({ ...model });
    expect(watchModelReads(frozen).view.articles).toBe(frozen.articles);
  });
});
