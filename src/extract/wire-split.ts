// Which wire stories are labelled, and into which half: the dev half is for tuning the
// rules, the test half only for reporting. The split is a pure function of the corpus's ids
// (ordered by a salted hash), so nobody chose which stories are easy or hard, and anyone can
// recompute it. See tests/fixtures/gold-wire/README.md.
import { createHash } from "node:crypto";

export const WIRE_SPLIT_SALT = "gazette-wire-split:";
/** How many of the ordered ids are labelled (half dev, half test). */
export const WIRE_LABELLED = 240;

const rank = (id: string) =>
  createHash("sha256")
    .update(WIRE_SPLIT_SALT + id)
    .digest("hex");

/**
 * Deals the first `WIRE_LABELLED` ids, by salted hash order, alternately to dev and test.
 * @example wireSplit(ids).dev.length //=> 120
 */
export function wireSplit(ids: readonly string[]): { dev: string[]; test: string[] } {
  const ordered = [...ids]
    .sort((a, b) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0))
    .slice(0, WIRE_LABELLED);
  return {
    dev: ordered.filter((_, i) => i % 2 === 0),
    test: ordered.filter((_, i) => i % 2 === 1),
  };
}
