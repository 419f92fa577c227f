import { isUnDocumentSymbol } from "../references/un-symbol.ts";

/**
 * A UN document symbol in its one canonical form (DESIGN.md: single spaces; `S/RES/1373(2001)` is written
 * `S/RES/1373 (2001)`), or null when `raw` does not have a symbol's shape. White space around a slash is dropped:
 * it is what a line break inside a symbol leaves after import. Case is kept: the rules match symbols in their
 * upper-case series only, and the shape check wants "Add.1" and "Rev.2" as the UN writes them.
 */
export function canonicalUnSymbol(raw: string): string | null {
  const folded = raw
    .trim()
    .replace(/\s*\/\s*/gu, "/")
    .replace(/\s+/gu, " ")
    .replace(/\s?\(/u, " (");
  return isUnDocumentSymbol(folded) ? folded : null;
}

/** The symbol without a Security Council resolution's year: `S/RES/1373 (2001)` and `S/RES/1373` are one target. */
export function symbolIdentity(symbol: string): string {
  return symbol.replace(/^(S\/RES\/\d+) \(\d{4}\)$/u, "$1");
}
