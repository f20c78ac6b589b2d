// Serialises structured data for a <script type="application/ld+json"> block. JSON.stringify
// alone is not enough inside HTML: a headline containing "</script>" would end the block, so
// "<", ">" and "&" are written as \u escapes, which JSON parsers read back unchanged.
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
