import { canonicalUnSymbol } from "./canonical-symbol.ts";
import { guessRelation } from "./reference-relation.ts";
import type { Finding } from "./suggestion.ts";

const ORGANS = "A|S|E|ST|T|DP|TD|UNEP|CCPR|CAT|CERD|CEDAW|CRC|CRPD|CMW|HRI";
/**
 * A symbol as written: an organ, then up to eight slash-separated parts, each bounded in length and unable to hold
 * a slash or a space, so the scan stays linear on any input. One space may stand on either side of a slash (a line
 * break inside the symbol, folded by import). A Council resolution's year or a meeting's resumption may follow.
 * A footnote's number may stand right before it at the start of a paragraph ("2A/78/177", as Word footnotes import).
 */
const SYMBOL = new RegExp(
  `(?:(?<=^\\d{1,3})|(?<![\\p{L}\\p{N}/.-]))(?:${ORGANS})(?:\\s?/\\s?[A-Z0-9][A-Za-z0-9.-]{0,19}){1,8}(?:\\s?\\((?:\\d{4}|Resumption \\d{1,2})\\))?`,
  "gu",
);

/** Trailing dots and hyphens belong to the sentence, not the symbol ("… in A/78/185."). */
function trimEnd(raw: string): string {
  return raw.replace(/[.-]+$/u, "");
}

/** Whether a symbol is specific enough to propose: a bare "A/78" names a session, not a document. */
function specific(symbol: string): boolean {
  return /^S\/PV\.\d/u.test(symbol) || symbol.split("/").length >= 3;
}

/** UN document symbols written out (A/RES/74/247, S/PRST/2023/6, E/CN.15/2023/L.5, A/78/PV.5), even split over a line. */
export function findExplicitSymbols(text: string, targetFor: (symbol: string) => string): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(SYMBOL)) {
    let raw = trimEnd(match[0]);
    let symbol = canonicalUnSymbol(raw);
    if (symbol === null && raw.endsWith(")")) {
      // A year that is not the symbol's own ("A/78/185 (2023)") leaves the symbol before it.
      raw = trimEnd(raw.replace(/\s?\([^)]*\)$/u, ""));
      symbol = canonicalUnSymbol(raw);
    }
    if (symbol === null || !specific(symbol)) continue;
    const target = targetFor(symbol);
    const split = /\s/u.test(raw) ? " (split over a line break)" : "";
    found.push({
      kind: "cross-reference",
      attributes: { target, relation: guessRelation(text, match.index) },
      start: match.index,
      end: match.index + raw.length,
      confidence: 0.95,
      rule: "un-symbol",
      why: `"${raw}" has the shape of a UN document symbol${split}${target === symbol ? "" : `, the symbol of ${target} in the registry`}.`,
    });
  }
  return found;
}
