/** The last text folded and its result: the clean-up asks again and again about the same block. */
let last = { text: "", folded: "" };

/**
 * Unicode NFC with every run of white space folded to one ASCII space, trimmed.
 * JavaScript's \s already covers no-break (U+00A0), en (U+2002), narrow no-break
 * (U+202F) and ideographic spaces, tabs and line breaks.
 */
export function normaliseText(s: string): string {
  if (s === last.text) return last.folded;
  const folded = s.normalize("NFC").replace(/\s+/gu, " ").trim();
  last = { text: s, folded };
  return folded;
}
