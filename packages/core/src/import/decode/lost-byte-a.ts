import { isLetter, isLower, isSpace } from "./char-kind.ts";
import type { MojibakeReading } from "./mojibake-reading.ts";

/** A replacement of line[start, end). */
export interface LineEdit {
  start: number;
  end: number;
  text: string;
}

/** Words where "Ã­" + "s" is the real "í" even in an English text: a country, a name. */
const REAL_I_WORDS = new Set(["país", "luís", "anís"]);

/** An English contraction's tail right after the mark: UN's, don't, I'd, I'm, we'll, they're, I've. */
const CONTRACTION_TAIL = /(?:s|t|d|m|ll|re|ve)(?!\p{L})/uy;

/** A French or Italian elision before the mark: d'Ivoire, l'homme, qu'il, s'il. */
const ELIDED_WORDS = new Set(["d", "l", "j", "m", "n", "s", "t", "c", "qu"]);
const VOWEL_OR_H = /[aeiouyhàâäéèêëîïôöùûü]/iu;

/** Up to `limit` letters before `start` as a word (null when the word is longer). */
function wordBefore(line: string, start: number, limit: number): string | null {
  let from = start;
  while (from > 0 && isLetter(line[from - 1])) {
    from--;
    if (start - from > limit) return null;
  }
  return line.slice(from, start);
}

function wordAfter(line: string, from: number, limit: number): string | null {
  let to = from;
  while (to < line.length && isLetter(line[to])) {
    to++;
    if (to - from > limit) return null;
  }
  return line.slice(from, to);
}

function isRealIWord(line: string, start: number, end: number): boolean {
  const before = wordBefore(line, start, 4);
  const after = wordAfter(line, end, 2);
  return before !== null && after !== null && REAL_I_WORDS.has(`${before}í${after}`.toLowerCase());
}

function isApostropheSpot(line: string, start: number, end: number): boolean {
  CONTRACTION_TAIL.lastIndex = end;
  if (CONTRACTION_TAIL.test(line)) return true;
  const before = wordBefore(line, start, 2);
  return before !== null && ELIDED_WORDS.has(before.toLowerCase()) && VOWEL_OR_H.test(line[end] ?? "");
}

/**
 * What an "Ã" that lost its continuation byte (`withSoftHyphen` false), or that kept
 * only an invisible soft hyphen ("Ã­", true), stood for; null to leave it (a lone one)
 * or to read it as the "í" it decodes to (with the soft hyphen).
 *
 * A real "Ã" is a Portuguese capital and lives among capitals ("SÃO PAULO", "NÃO",
 * "IRMÃS"), so an "Ã" with no lowercase letter beside it is left alone. Between letters,
 * with a lowercase one beside it: "í" in a romance text; in an english one an apostrophe
 * before a contraction's tail or after an elided word ("UNÃs" → "UN's", "AfricaÃ­s" →
 * "Africa's", "dÃIvoire" → "d'Ivoire"), otherwise a space for a lone "Ã" ("theÃpeople"
 * → "the people") and an apostrophe for "Ã­", as the issue has it. Between spaces it is
 * "à" in a romance text and a space too many in an english one.
 */
export function repairLostByteA(line: string, start: number, withSoftHyphen: boolean, reading: MojibakeReading): LineEdit | null {
  const end = start + (withSoftHyphen ? 2 : 1);
  const prev = line[start - 1];
  const next = line[end];
  if (isLetter(prev) && isLetter(next)) {
    if (!isLower(prev) && !isLower(next)) return null;
    if (reading === "romance" || isRealIWord(line, start, end)) return { start, end, text: "í" };
    const apostrophe = withSoftHyphen || isApostropheSpot(line, start, end);
    return { start, end, text: apostrophe ? "'" : " " };
  }
  if (withSoftHyphen) return null;
  if (isSpace(prev) && isSpace(next)) {
    return reading === "romance" ? { start, end, text: "à" } : { start, end: end + 1, text: "" };
  }
  if (reading === "romance" && isLower(prev) && next === " ") return { start, end, text: "à" };
  return null;
}
