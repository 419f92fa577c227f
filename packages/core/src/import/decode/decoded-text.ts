/**
 * The encodings an uploaded text is read in. Latin-1 (ISO-8859-1) is read as
 * Windows-1252, its superset for every printable character: the two differ only in
 * 0x80–0x9F, which Latin-1 gives to C1 control codes that no text uses and Windows-1252
 * to curly quotes, dashes, "…" and "€" (as browsers and the WHATWG Encoding Standard do).
 */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** A byte order mark was present (and is not part of `text`). */
  bom: boolean;
}
