/**
 * Windows-1252 done by hand for its 32 bytes 0x80–0x9F, as the WHATWG Encoding
 * Standard maps them (the five it leaves undefined, 0x81, 0x8D, 0x8F, 0x90 and 0x9D,
 * stay U+0081…). Node 20.18.3 and later decode "windows-1252" as Latin-1, turning ’ “ ”
 * – — … € into invisible C1 controls (nodejs/node#60888), so the global TextDecoder
 * cannot be trusted with that range; the rest of the bytes are the same in both.
 */
const HIGH_CONTROLS =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

const BYTE_OF = new Map<number, number>(
  Array.from(HIGH_CONTROLS, (ch, i) => [ch.charCodeAt(0), 0x80 + i] as const).filter(([code]) => code >= 0x100),
);

const C1 = /[\u0080-\u009f]/gu;

/** Bytes read as Windows-1252; Latin-1 (ISO-8859-1) text reads the same way. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder("latin1").decode(bytes);
  return latin1.replace(C1, (ch) => HIGH_CONTROLS[ch.charCodeAt(0) - 0x80] ?? ch);
}

/**
 * The byte a character had before UTF-8 was wrongly read as Windows-1252 (or Latin-1:
 * U+0080–U+009F count as their own bytes), or -1 when no single-byte reading gives it.
 */
export function windows1252Byte(code: number): number {
  if (code < 0x100) return code;
  return BYTE_OF.get(code) ?? -1;
}
