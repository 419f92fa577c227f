/**
 * Signs that uploaded bytes are not text at all (a PDF, an image or an archive renamed
 * `.txt`), so the upload can be refused with a clear error instead of being read as
 * thousands of lines of noise.
 */

/** Leading bytes of formats that are sometimes renamed to `.txt`. */
const MAGIC_NUMBERS: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x50, 0x4b, 0x03, 0x04], // zip, and so .docx, .xlsx, .odt
  [0x50, 0x4b, 0x05, 0x06], // empty zip
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0xff, 0xd8, 0xff], // JPEG
  [0x1f, 0x8b], // gzip
  [0xd0, 0xcf, 0x11, 0xe0], // OLE2: old .doc and .xls
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x52, 0x61, 0x72, 0x21], // Rar!
];

/** How much of the start of a file is looked at for control characters. */
export const SAMPLE_LENGTH = 8192;

/** Share of control characters in the sample above which the file is taken as binary. */
const MAX_CONTROL_SHARE = 0.1;

export function hasBinaryMagic(bytes: Uint8Array): boolean {
  return MAGIC_NUMBERS.some((magic) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b));
}

/**
 * C0 controls that text does not hold: everything below U+0020 but tab, line feed,
 * form feed (page breaks in exported text) and carriage return, plus DEL.
 */
function isStrayControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

/**
 * Decoded text that is really binary: it holds a NUL (no text file does; bytes read as
 * UTF-16 pairs of NULs too), or more than a tenth of its first 8,192 characters are
 * stray controls. A few stray controls (a Ctrl-Z at the end of an old DOS file) pass.
 */
export function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const end = Math.min(text.length, SAMPLE_LENGTH);
  let controls = 0;
  for (let i = 0; i < end; i++) if (isStrayControl(text.charCodeAt(i))) controls++;
  return end > 0 && controls / end > MAX_CONTROL_SHARE;
}
