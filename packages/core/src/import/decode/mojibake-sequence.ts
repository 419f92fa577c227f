import { windows1252Byte } from "./windows-1252.ts";

/** UTF-8 bytes read one by one as Windows-1252 characters, and what they meant. */
export interface MojibakeSequence {
  start: number;
  /** Index after the sequence's last character. */
  end: number;
  codePoint: number;
  /** A continuation is a C1 control (U+0080–U+009F): no real text holds one. */
  hasControl: boolean;
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The range of the second byte after these lead bytes: others are overlong or past U+10FFFF. */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f]; // no surrogates
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/**
 * The sequence starting at `start` when the characters there, turned back into
 * Windows-1252 bytes, are exactly one valid UTF-8 character (a lead byte and its
 * continuation bytes, not overlong, no surrogate). Null otherwise.
 */
export function readSequence(line: string, start: number): MojibakeSequence | null {
  const lead = windows1252Byte(line.charCodeAt(start));
  const length = sequenceLength(lead);
  if (length === 0 || start + length > line.length) return null;
  let codePoint = lead & (0xff >> (length + 1));
  let hasControl = false;
  for (let k = 1; k < length; k++) {
    const code = line.charCodeAt(start + k);
    const byte = windows1252Byte(code);
    const [low, high] = k === 1 ? secondByteRange(lead) : [0x80, 0xbf];
    if (byte < low || byte > high) return null;
    if (code >= 0x80 && code <= 0x9f) hasControl = true;
    codePoint = (codePoint << 6) | (byte & 0x3f);
  }
  return { start, end: start + length, codePoint, hasControl };
}
