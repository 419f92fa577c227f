/**
 * Which way to read an "Ã" that lost the byte after it, decided once for the whole text.
 *
 * Two kinds of damage leave such an "Ã":
 * - "romance": UTF-8 read as Windows-1252, in a French, Spanish or Portuguese text.
 *   "í" is "Ã" + U+00AD, a soft hyphen that is invisible and often stripped, so a lone
 *   "Ã" inside a word was most likely "í" ("polÃtica"), and "Ã" alone between spaces
 *   "à" (whose U+00A0 became a plain space).
 * - "english": the examples ("AfricaÃ­s", "UNÃs"): a Windows-1252 ’ (0x92) read
 *   as Mac Roman ("í"), then that UTF-8 read as Windows-1252 again. There "Ã­" or a
 *   lone "Ã" inside a word was an apostrophe, or a space.
 *
 * The text's other mojibake tells them apart: a romance text has "Ã" + another
 * continuation after a letter ("cafÃ©", "estÃ¡"); the letters that Mac Roman damage
 * produces from punctuation (ë ì í î ï ñ ó, from ‘ “ ’ ” • – —) do not count. An
 * english text has "Ã" before an English contraction ("UNÃs", "donÃ­t"). The romance
 * reading needs at least two such letters (one "CÃ´te d'Ivoire" in an English text is
 * not enough) and more of them than contractions; otherwise the rule stands.
 */
export type MojibakeReading = "romance" | "english";

/** The letters, and the same misread twice ("ÃƒÂ©"). */
const ROMANCE_EVIDENCE = /\p{L}Ã(?:ƒÂ)?[\u009f\u0178\u00a0-\u00aa\u00b0\u00b2\u00b4-\u00b6\u00b8-\u00bf]|\p{L}ÃƒÅ¸/gu;
const MIN_ROMANCE_EVIDENCE = 2;
const ENGLISH_EVIDENCE = /\p{L}Ã\u00ad?(?:s|t|d|m|ll|re|ve)(?!\p{L})/gu;

function count(pattern: RegExp, text: string): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) n++;
  return n;
}

export function mojibakeReading(text: string): MojibakeReading {
  if (!text.includes("Ã")) return "english";
  const romance = count(ROMANCE_EVIDENCE, text);
  return romance >= MIN_ROMANCE_EVIDENCE && romance > count(ENGLISH_EVIDENCE, text) ? "romance" : "english";
}
