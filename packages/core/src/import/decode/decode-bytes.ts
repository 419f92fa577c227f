import { looksBinary } from "./binary-signs.ts";
import type { DecodedText } from "./decoded-text.ts";
import { detectEncoding } from "./detect-encoding.ts";
import { decodeWindows1252 } from "./windows-1252.ts";

/**
 * Decode an uploaded text file: a byte order mark first; UTF-16 without one by its
 * NUL bytes; valid UTF-8 as UTF-8; anything else as Windows-1252 (which covers Latin-1,
 * see decoded-text.ts). Null when the bytes are binary (a known file signature such as
 * a PDF, a zip or an image; NULs outside UTF-16; many control characters), so the API
 * can refuse the upload. The global TextDecoder (in browsers and in Node) does the
 * decoding, except for Windows-1252's 0x80–0x9F (see windows-1252.ts). Malformed sequences become
 * U+FFFD rather than an error: by then the encoding has been decided.
 */
export function decodeTextBytes(bytes: Uint8Array): DecodedText | null {
  const detected = detectEncoding(bytes);
  if (!detected) return null;
  const { encoding, bomLength } = detected;
  const body = bytes.subarray(bomLength);
  const text = encoding === "windows-1252" ? decodeWindows1252(body) : new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  if (looksBinary(text)) return null;
  return { text, encoding, bom: bomLength > 0 };
}
