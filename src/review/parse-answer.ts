// The editor's answer at the review prompt → what to do. Pure, so every answer is tested.
//   a  accept        r  reject        m NAME  merge into NAME
//   n NAME  rename to NAME            s  skip          q  quit
// A merge or rename without a name asks for it (`needs`); anything else is not understood.
import type { Decision } from "./record-decision.ts";
import type { PendingEntry } from "./pending-list.ts";

export const PROMPT = "[a]ccept  [r]eject  [m]erge into NAME  re[n]ame NAME  [s]kip  [q]uit > ";

export type Answer =
  | { do: "decide"; decision: Decision }
  | { do: "skip" | "quit" }
  | { do: "ask"; action: "merge" | "rename"; question: string }
  | { do: "again"; message: string };

export function parseAnswer(
  line: string | undefined,
  entry: Pick<PendingEntry, "kind" | "name">,
): Answer {
  // End of input (Ctrl-D) quits: what was decided is already saved.
  if (line === undefined) return { do: "quit" };
  const match = /^\s*([a-z]+)\b\s*(.*?)\s*$/i.exec(line);
  const [word, rest] = [match?.[1]?.toLowerCase() ?? "", match?.[2] ?? ""];
  const { kind, name } = entry;
  if (word === "a" || word === "accept")
    return { do: "decide", decision: { kind, name, action: "accept" } };
  if (word === "r" || word === "reject")
    return { do: "decide", decision: { kind, name, action: "reject" } };
  if (word === "s" || word === "skip") return { do: "skip" };
  if (word === "q" || word === "quit") return { do: "quit" };
  const action =
    word === "m" || word === "merge"
      ? "merge"
      : word === "n" || word === "rename"
        ? "rename"
        : undefined;
  if (!action)
    return {
      do: "again",
      message: `"${line.trim()}" is not an answer; type a, r, m NAME, n NAME, s or q`,
    };
  const target = rest
    .replace(/^into\s+/i, "")
    .replace(/^["“](.*)["”]$/, "$1")
    .trim();
  if (!target)
    return {
      do: "ask",
      action,
      question:
        action === "merge" ? `Merge "${name}" into which ${kind}? ` : `Rename "${name}" to? `,
    };
  if (target === name)
    return {
      do: "again",
      message: `"${target}" is the name already; type another name, or s to skip`,
    };
  return { do: "decide", decision: { kind, name, action, target } };
}
