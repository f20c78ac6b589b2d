// Remembered results of pure functions that a build asks for thousands of times with the same
// argument (slugs, folded names, formatted dates, parsed dates). Bounded: when full, the cache
// starts again empty, so a long `gazette serve` does not grow without end.

/**
 * A cache of `limit` entries at most: `remember(key, compute)` returns the value remembered for
 * `key`, or computes, remembers and returns it.
 * @example
 * const remember = boundedCache<number>(1000);
 * remember("2025-01-01", () => Date.parse("2025-01-01")) //=> 1735689600000
 */
export function boundedCache<V>(limit: number): (key: string, compute: () => V) => V {
  const values = new Map<string, V>();
  return (key, compute) => {
    let value = values.get(key);
    if (value === undefined && !values.has(key)) {
      if (values.size >= limit) values.clear();
      value = compute();
      values.set(key, value);
    }
    return value as V;
  };
}
