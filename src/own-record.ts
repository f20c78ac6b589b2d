// Maps keyed by names from input (people, tags, roles) must not inherit Object.prototype: a
// person called "toString" or "constructor" would otherwise find a function where a role or an
// override belongs, and crash the build (issue 13, bug 6).

/**
 * A copy of `record` with no prototype, so a lookup finds own entries only.
 * @example
 * ownRecord({ "Jane Hale": "Minister" })["toString"] //=> undefined
 */
export function ownRecord<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, record);
}

/** The first key path under `value` that is `__proto__` (which JSON, YAML and zod treat each their own way), or undefined. */
export function findProtoKey(value: unknown, path: readonly string[] = []): string[] | undefined {
  if (value === null || typeof value !== "object") return undefined;
  for (const key of Object.keys(value)) {
    if (key === "__proto__") return [...path, key];
    const found = findProtoKey((value as Record<string, unknown>)[key], [...path, key]);
    if (found) return found;
  }
  return undefined;
}
