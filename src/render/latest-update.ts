// A feed's own <updated>: the last time any of its entries changed. Entries run newest first by
// publication, but a correction to an older story is a later change than the newest story.

/**
 * @example
 * latestUpdate([{ date: "2025-04-02T00:00:00Z" }, { date: "2025-04-01T00:00:00Z", updated: "2025-04-03T00:00:00Z" }])
 * //=> "2025-04-03T00:00:00Z"
 */
export function latestUpdate(
  items: readonly { date: string; updated?: string }[],
): string | undefined {
  let latest: string | undefined;
  let latestTime = -Infinity;
  for (const item of items) {
    const changed = item.updated ?? item.date;
    const time = Date.parse(changed);
    if (time > latestTime) {
      latest = changed;
      latestTime = time;
    }
  }
  return latest;
}
