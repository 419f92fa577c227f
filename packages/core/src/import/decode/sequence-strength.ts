import { isDigit, isLetter, isUpper } from "./char-kind.ts";
import type { MojibakeSequence } from "./mojibake-sequence.ts";

/**
 * How sure we are that a sequence is mojibake and not real text:
 * - "strong": repaired wherever it stands;
 * - "weak": repaired only next to another repair (mojibake comes in runs; a real
 *   letter followed by punctuation stands alone).
 * A sequence that decodes to a C1 control (U+0080–U+009F) is weak: no text holds one,
 * but text misread twice does, where it is one byte of a character still misread once
 * ("Â\u009d" after "â‚¬" is the last byte of "â€\u009d", ”), which the next pass repairs.
 */
export type SequenceStrength = "strong" | "weak";

/**
 * What two-character mojibake most often stands for in our texts: Latin-1 and Latin
 * Extended-A letters (French, Spanish, Portuguese, German, Polish, Czech, Turkish…),
 * Romanian ș and ț, and the basic Cyrillic alphabet.
 */
function isCommonTarget(codePoint: number): boolean {
  return (
    (codePoint >= 0xa0 && codePoint <= 0x17f) || (codePoint >= 0x218 && codePoint <= 0x21b) || (codePoint >= 0x400 && codePoint <= 0x45f)
  );
}

/**
 * What three-character mojibake stands for when it is one character on its own: the
 * punctuation and symbols of U+2000–U+2BFF (’ “ ” – — … • € ™ → ✓ ■), Vietnamese letters,
 * the ﬁ/ﬂ ligatures of text taken from PDFs, a byte order mark and U+FFFD. A lone CJK or
 * other character is more likely real text such as "é\u00a0»" (French spacing) read
 * as three bytes, so it needs a neighbour.
 */
function isCommonThreeByteTarget(codePoint: number): boolean {
  return (
    (codePoint >= 0x2000 && codePoint <= 0x2bff) ||
    (codePoint >= 0x1e00 && codePoint <= 0x1eff) ||
    (codePoint >= 0xfb00 && codePoint <= 0xfb06) ||
    codePoint === 0xfeff ||
    codePoint === 0xfffd
  );
}

/**
 * A capital that ends a word written in capitals, followed by punctuation: "PERÚ…",
 * "CAFÉ»", "L'ÉTÉ\u00a0!", "AQUÍ”" (or "ß" ending a word: "groß–"). Read as UTF-8 these
 * would give a rare letter (Ʌ, ɻ, څ), so they are real text unless mojibake surrounds them.
 */
function looksLikeRealCapital(line: string, seq: MojibakeSequence): boolean {
  const lead = line[seq.start];
  const prev = line[seq.start - 1];
  const cont = line[seq.start + 1];
  const next = line[seq.end];
  if (isLetter(cont) || isLetter(next) || isDigit(next)) return false;
  return (isUpper(lead) && isUpper(prev)) || (lead === "ß" && isLetter(prev));
}

export function sequenceStrength(line: string, seq: MojibakeSequence): SequenceStrength {
  const { codePoint } = seq;
  if (codePoint >= 0x80 && codePoint <= 0x9f) return "weak";
  if (seq.hasControl || codePoint >= 0x10000) return "strong";
  const length = seq.end - seq.start;
  if (length === 3) return isCommonThreeByteTarget(codePoint) ? "strong" : "weak";
  return isCommonTarget(codePoint) || !looksLikeRealCapital(line, seq) ? "strong" : "weak";
}
