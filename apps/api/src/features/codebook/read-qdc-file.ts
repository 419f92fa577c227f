import { type ImportedCode, readQdc } from "@verbatim/core";
import { AppError } from "../../http/app-error.ts";

/** The file's text: UTF-8 unless a byte order mark says UTF-16 (as some Windows tools write XML). */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
}

/**
 * The codes of an uploaded REFI-QDA codebook (a work task: reading up to ten million characters is CPU work). A file
 * that is not XML (it does not start with a tag, or holds NUL bytes, as a binary does) answers 415 unsupported_file;
 * what core's bounded reader refuses, 422 invalid_file with its reason as `details.code`.
 */
export function readQdcFile(bytes: Uint8Array): ImportedCode[] {
  const text = decode(bytes);
  if (!/^\s*</.test(text.slice(0, 1024)) || text.includes("\0")) {
    throw new AppError("unsupported_file", "this is not an XML file; send a REFI-QDA codebook (.qdc)");
  }
  const read = readQdc(text);
  if (!read.ok) throw new AppError("invalid_file", read.error.message, { code: read.error.code });
  return read.value;
}
