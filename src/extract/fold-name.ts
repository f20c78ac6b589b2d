// Folds a name to a comparison key: lower case, diacritics removed, and the letters
// Unicode does not decompose (ø, æ, ł, đ, ß...) spelled out, so "Støre" and "Store"
// or "Łukasz" and "Lukasz" compare equal. Used only for comparing; output keeps the
// article's own spelling.

const UNDECOMPOSED: Record<string, string> = {
  ø: "o", æ: "ae", œ: "oe", ł: "l", đ: "d", ð: "d", þ: "th", ß: "ss", ı: "i", ħ: "h", ŧ: "t",
};

const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /[’‘`´]/g;

/** Comparison key for a name ("Jonas Gahr Støre" → "jonas gahr store"). */
export function foldName(name: string): string {
  const lower = name.normalize("NFD").replace(COMBINING_MARKS, "").toLowerCase();
  let out = "";
  for (const ch of lower) out += UNDECOMPOSED[ch] ?? ch;
  return out.replace(APOSTROPHES, "'").replace(/\s+/g, " ").trim();
}
