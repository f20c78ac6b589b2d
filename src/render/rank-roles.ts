// The roles articles give one person, best first: the role most articles use (ties: the most
// recent), without the vaguer forms of a role already kept ("Minister" after "Prime Minister"),
// at most a few. Articles call a prime minister "Prime Minister", "PM's", "Minister" and
// "British Prime Minister"; a person page should not list all of them.

const MAX_ROLES = 3;

/**
 * @param mentions roles as articles give them, newest article first, repeats included
 * @example
 * rankRoles(["Prime Minister", "Minister", "Prime Minister", "Chancellor"]) //=> ["Prime Minister", "Chancellor"]
 */
export function rankRoles(mentions: readonly string[]): string[] {
  const counts = new Map<string, { role: string; count: number; first: number }>();
  mentions.forEach((role, index) => {
    const key = role.trim().toLowerCase();
    if (key === "") return;
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { role: role.trim(), count: 1, first: index });
  });
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count || a.first - b.first);
  const kept: string[] = [];
  for (const { role } of ranked) {
    if (kept.some((better) => containsWords(better, role))) continue;
    kept.push(role);
    if (kept.length === MAX_ROLES) break;
  }
  return kept;
}

/** True when `inner`'s words appear, in order and whole, inside `outer` ("Minister" in "Prime Minister"). */
function containsWords(outer: string, inner: string): boolean {
  return ` ${outer.toLowerCase()} `.includes(` ${inner.toLowerCase()} `);
}
