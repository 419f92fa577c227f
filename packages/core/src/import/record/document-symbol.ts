/**
 * The series a UN document symbol starts with: A (General Assembly), S (Security Council),
 * E (ECOSOC), ST (Secretariat), T (Trusteeship), treaty bodies and a few programmes.
 */
const SERIES =
  "A|S|E|T|ST|DP|TD|UNEP|HSP|CD|CCPR|CRC|CEDAW|CERD|CAT|CRPD|CMW|CESCR|FCCC|ICCD|UNW|ITLOS|SPLOS|NPT|TRADE|ECE|ESCAP|ECA|ECLAC|ESCWA";

/**
 * The series, then one to seven segments after a slash. A segment holds no slash, so each
 * start reads at most a bounded stretch: linear however long the text.
 */
const SYMBOL = new RegExp(`(?<![\\p{L}\\p{N}/.\\-])(?:${SERIES})(?:/[A-Za-z0-9.\\-]{1,24}){1,7}`, "gu");

/** A UN document symbol in the text ("S/PV.9500", "A/78/PV.5", "E/CN.15/2023/L.5", "A/RES/74/247"), or null. */
export function findDocumentSymbol(text: string): string | null {
  SYMBOL.lastIndex = 0;
  for (let found = SYMBOL.exec(text); found !== null; found = SYMBOL.exec(text)) {
    // A sentence's full stop or a dash after the symbol is not part of it.
    const symbol = found[0].replace(/[.-]+$/u, "");
    // "A/B testing", "S/he": a real symbol always holds a number.
    if (/\d/u.test(symbol)) return symbol;
  }
  return null;
}

/** Whether the symbol is a meeting record's: "S/PV.9500", "A/78/PV.5", "A/C.3/78/SR.12", "E/2023/SR.5". */
export function isRecordSymbol(symbol: string): boolean {
  return /\/(?:PV|SR)\.\d/u.test(symbol);
}

const COMMITTEES = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth"];

/** The body whose record the symbol names, for a cover that does not say it. */
export function forumOfSymbol(symbol: string): string | undefined {
  if (symbol.startsWith("S/")) return "Security Council";
  const committee = /^A\/C\.([1-6])\//u.exec(symbol);
  if (committee) return `${COMMITTEES[Number(committee[1]) - 1] ?? ""} Committee`;
  if (symbol.startsWith("A/HRC/")) return "Human Rights Council";
  if (symbol.startsWith("A/")) return "General Assembly";
  if (symbol.startsWith("E/")) return "Economic and Social Council";
  return undefined;
}
