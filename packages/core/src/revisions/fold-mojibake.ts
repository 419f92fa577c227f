/**
 * Windows-1252 for bytes 0x80–0x9F (the rest of 0xA0–0xFF is Latin-1). The five bytes 1252 leaves
 * undefined are read as the C1 control of the same number, as browsers and Word do.
 */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** What UN texts lose most often to a wrong decoding: Latin-1 letters, typographic quotes and dashes. */
const REPAIRABLE = [...Array.from({ length: 0x60 }, (_, i) => String.fromCharCode(0xa0 + i)), ..."‘’‚“”„–—…•€™Œœ"];

const readAsCp1252 = (byte: number): string => (byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80]! : String.fromCharCode(byte));

/** The bytes of a character from the Basic Multilingual Plane in UTF-8. */
function utf8Bytes(char: string): number[] {
  const c = char.charCodeAt(0);
  if (c < 0x80) return [c];
  if (c < 0x800) return [0xc0 | (c >> 6), 0x80 | (c & 0x3f)];
  return [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)];
}

/** Each garbled spelling and the character it stands for, longest first so "â€™" wins over "â€". */
function garbledPairs(): [string, string][] {
  const pairs = new Map<string, string>();
  for (const char of REPAIRABLE) {
    const garbled = utf8Bytes(char).map(readAsCp1252).join("");
    pairs.set(garbled, char);
    // Copies often lose the invisible last character (a soft hyphen, an undefined byte, a no-break
    // space folded to a space): "Ã­" for "í" turns up as a bare "Ã", "â€\u009d" for "”" as "â€".
    const last = garbled.at(-1)!;
    if (/[\u0080-\u00a0\u00ad]/u.test(last)) {
      const shorter = garbled.slice(0, -1);
      if (!pairs.has(shorter)) pairs.set(shorter, char);
      // "Ã\u00a0" (à) followed by a space folds to "Ã ": the space that remains is the one after it.
      if (last === "\u00a0") pairs.set(`${shorter} `, char === "\u00a0" ? " " : `${char} `);
    }
  }
  // A bare "Ã" could be Á, Í, Ï, Ð, Ý or í; in UN texts it is nearly always "í", itself the Mac Roman
  // reading of a Windows ’ ("UNÃs" for "UN’s"), which the comparison key then treats as an apostrophe.
  pairs.set("Ã", "í");
  return [...pairs].sort((a, b) => b[0].length - a[0].length);
}

const PAIRS = new Map(garbledPairs());
const GARBLED = new RegExp([...PAIRS.keys()].map((g) => g.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).join("|"), "gu");
/** Every garbled spelling starts with one of these (the lead bytes C2, C3, C5, E2 read as 1252). */
const MAYBE_GARBLED = /[ÂÃÅâ]/u;

/**
 * Undoes UTF-8 read as Windows-1252 ("Africaâ€™s" → "Africa’s", "rÃ©gion" → "région"), for comparison
 * only: a bare "Ã" is read as "í" even where it was meant, which is harmless when both sides fold alike.
 */
export function foldMojibake(text: string): string {
  if (!MAYBE_GARBLED.test(text)) return text;
  return text.replace(GARBLED, (garbled) => PAIRS.get(garbled) ?? garbled);
}
