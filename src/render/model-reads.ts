// Records which site-model values a template reads while a page renders, so that a read the
// route table (routes.ts) does not declare fails the build instead of leaving pages stale.
// Every template or code change re-renders every page (its key covers templates and code), so
// a new undeclared read is caught on the first build that could miss it.

export interface ModelReads<T extends object> {
  /** The model to give templates: reads through it are recorded. */
  readonly view: T;
  /** Names of the model's own values read since the last `clear()`. */
  readonly names: Set<string>;
}

/**
 * @example const reads = watchModelReads({ updated: "2025" }); reads.view.updated; reads.names //=> Set {"updated"}
 */
export function watchModelReads<T extends object>(model: T): ModelReads<T> {
  const names = new Set<string>();
  const view = new Proxy(model, {
    get(target, key, receiver) {
      if (typeof key === "string" && Object.hasOwn(target, key)) names.add(key);
      return Reflect.get(target, key, receiver);
    },
  });
  return { view, names };
}
