// Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) are
// invisible and reorder the text around them: "‮lanigiro" shows as "original" reversed, so a
// headline or a name could read one way and be another ("Trojan Source"). They never reach a
// page (issue 13); right-to-left text itself needs none of them.
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * @example
 * stripBidiControls("Storm \u202Etsaoc\u202C") //=> "Storm tsaoc"
 */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}
