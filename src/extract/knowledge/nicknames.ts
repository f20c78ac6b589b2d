// Which given names are nicknames of which ("Joe" of "Joseph", "Chuck" of "Charles", "Bob" of
// "Robert"), from the curated US names list of carltonnorthern/nicknames (Apache-2.0, kept in
// nicknames-data.ts). An article that calls one senator "Charles E. Schumer" and "Chuck
// Schumer" names one person. Built once, on first use.
import { NAMES_CSV } from "./nicknames-data.ts";

let formalNames: Map<string, Set<string>> | undefined;

function load(): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const line of NAMES_CSV.split("\n").slice(1)) {
    const [formal, relationship, nickname] = line.split(",");
    if (relationship !== "has_nickname" || !formal || !nickname) continue;
    map.set(nickname, (map.get(nickname) ?? new Set()).add(formal));
  }
  return map;
}

/**
 * `nickname` is a listed nickname of `formal` (both lower-case, as foldName gives them).
 * @example isNicknameOf("joe", "joseph") //=> true
 * @example isNicknameOf("joseph", "joe") //=> false
 */
export function isNicknameOf(nickname: string, formal: string): boolean {
  formalNames ??= load();
  return formalNames.get(nickname)?.has(formal) === true;
}
