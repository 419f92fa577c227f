import { hasBinaryMagic, SAMPLE_LENGTH } from "./binary-signs.ts";
import type { TextEncodingName } from "./decoded-text.ts";

/*
 * Why a heuristic and not a detector library (chardet, jschardet): our choices are
 * only four, and the hard one for a detector is exactly ours. Statistical detectors
 * guess poorly between Latin-1 and Windows-1252 (and often answer ISO-8859-2 or KOI8
 * for a short text); here that question does not arise, because Windows-1252 is read
 * for both. What decides between the rest is exact: a byte order mark, the NUL bytes
 * of UTF-16, and whether the bytes are valid UTF-8, which text in any other encoding
 * almost never is once it holds a non-ASCII character.
 */

export interface DetectedEncoding {
  encoding: TextEncodingName;
  /** Bytes of the byte order mark at the start, 0 when there is none. */
  bomLength: number;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function byteOrderMark(bytes: Uint8Array): DetectedEncoding | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: "utf-8", bomLength: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: "utf-16le", bomLength: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: "utf-16be", bomLength: 2 };
  return null;
}

/**
 * UTF-16 without a byte order mark, known by its NULs: every ASCII character (spaces,
 * line breaks, digits, Latin letters) has a zero high byte, which falls on odd offsets
 * in little-endian and even ones in big-endian. Even Chinese text has its line breaks.
 * It must have at least two NULs and one in 200 pairs, nearly all on one side (a CJK
 * character such as U+4E00 puts a few on the other), so that a stray NUL in an 8-bit
 * file does not turn it into UTF-16 noise; the caller still checks the decoded text.
 */
function utf16ByNuls(bytes: Uint8Array): TextEncodingName | null {
  const end = Math.min(bytes.length, SAMPLE_LENGTH) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const major = Math.max(even, odd);
  const minor = Math.min(even, odd);
  if (major < 2 || major < end / 2 / 200 || minor * 4 > major) return null;
  return odd > even ? "utf-16le" : "utf-16be";
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Bytes a UTF-8 sequence starting with this lead byte takes, 0 if it is no lead byte. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * Where a UTF-8 character cut off by the end of the file starts, or -1: a lead byte in
 * the last three bytes followed only by continuation bytes, fewer than it needs.
 */
function truncatedTail(bytes: Uint8Array): number {
  for (let start = bytes.length - 1; start >= Math.max(0, bytes.length - 3); start--) {
    const byte = bytes[start] ?? 0;
    if (byte >= 0x80 && byte <= 0xbf) continue;
    const needed = sequenceLength(byte);
    return needed > bytes.length - start ? start : -1;
  }
  return -1;
}

function hasNonAscii(bytes: Uint8Array, end: number): boolean {
  for (let i = 0; i < end; i++) if ((bytes[i] ?? 0) >= 0x80) return true;
  return false;
}

/**
 * UTF-8 when the bytes are valid UTF-8. A file cut off in the middle of a character
 * (a download or a copy stopped short) is still UTF-8, its last character replaced by
 * U+FFFD, if the rest is valid and holds at least one non-ASCII character: otherwise a
 * Windows-1252 file that happens to end with "é" (0xE9, a UTF-8 lead byte) would lose
 * its last letter. Anything else is Windows-1252; where such a file also holds UTF-8
 * sequences (text pasted from two sources), they read as mojibake there, which
 * repairMojibake puts right.
 */
function utf8OrWindows1252(bytes: Uint8Array): TextEncodingName {
  if (isValidUtf8(bytes)) return "utf-8";
  const tail = truncatedTail(bytes);
  if (tail >= 0 && hasNonAscii(bytes, tail) && isValidUtf8(bytes.subarray(0, tail))) return "utf-8";
  return "windows-1252";
}

/**
 * The encoding of uploaded bytes, or null when they are binary: a known file signature,
 * or NUL bytes in a file that is not UTF-16. The decoded text is checked again for
 * control characters by the caller.
 */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding | null {
  if (hasBinaryMagic(bytes)) return null;
  const bom = byteOrderMark(bytes);
  if (bom) return bom;
  const utf16 = utf16ByNuls(bytes);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  if (bytes.includes(0)) return null;
  return { encoding: utf8OrWindows1252(bytes), bomLength: 0 };
}
