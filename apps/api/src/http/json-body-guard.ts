import { isUtf8 } from "node:buffer";
import { AppError } from "./app-error.ts";

/**
 * How deep a JSON body may nest. The deepest body the API takes is a note (a rich-text document, about three levels
 * per nested list) inside a W3C annotation: well under this.
 */
export const MAX_JSON_DEPTH = 128;

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The deepest nesting of arrays and objects in raw JSON text, in one pass over its bytes (strings skipped). */
export function jsonDepth(raw: Uint8Array): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const byte = raw[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) deepest = Math.max(deepest, ++depth);
    else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) depth--;
  }
  return deepest;
}

/** Thrown from the body parser's `verify` hook; the error handler answers with the AppError it carries. */
export class RefusedBody extends Error {
  /** body-parser reads (and may set) a status on what verify throws. */
  status = 400;
  constructor(readonly appError: AppError) {
    super(appError.message);
  }
}

/**
 * Checks a JSON body's raw bytes before anything parses or walks it: JSON is UTF-8 (RFC 8259), so bytes that are not
 * (a UTF-16 byte-order mark, an encoded surrogate, an overlong form) are refused rather than decoded to U+FFFD, and
 * nesting beyond MAX_JSON_DEPTH is refused before any recursive code meets it.
 */
export function verifyJsonBody(_req: unknown, _res: unknown, raw: Buffer, encoding: string): void {
  if (/^utf-?8$/iu.test(encoding) && !isUtf8(raw)) {
    throw new RefusedBody(new AppError("invalid_json", "the request body is not valid UTF-8"));
  }
  const depth = jsonDepth(raw);
  if (depth > MAX_JSON_DEPTH) {
    throw new RefusedBody(
      new AppError("invalid_json", `the request body nests ${depth} levels deep; at most ${MAX_JSON_DEPTH} are accepted`, {
        depth,
        limit: MAX_JSON_DEPTH,
      }),
    );
  }
}
