/**
 * Parent bodies that open UN document symbols: General Assembly, Security Council, ECOSOC,
 * the Secretariat, Trusteeship Council, and the treaty bodies and programmes that issue their own series.
 */
const ORGANS = ["A", "S", "E", "ST", "T", "DP", "TD", "UNEP", "CCPR", "CAT", "CERD", "CEDAW", "CRC", "CRPD", "CMW", "HRI"];

/** Slash-separated components such as RES, 74, C.3, L.11, PV.9500, CN.15, S-32, Add.1, Rev.1. */
const GENERAL = new RegExp(`^(?:${ORGANS.join("|")})(?:/[A-Z0-9][A-Za-z0-9.-]*)+$`);

/** Series whose shape is fixed (instruments.md): they must match exactly when they are used. */
const SERIES: readonly [RegExp, RegExp][] = [
  [/^A\/RES\//, /^A\/RES\/(?:(?:\d+|S-\d+|ES-\d+)\/\d+[A-Z]?(?:\/(?:Add|Rev|Corr)\.\d+)*|\d+ ?\([IVXLC]+\))$/],
  [/^S\/RES\//, /^S\/RES\/\d+ ?\(\d{4}\)$|^S\/RES\/\d+$/],
  [/^S\/PRST\//, /^S\/PRST\/\d{4}\/\d+$/],
  [/^S\/PV\./, /^S\/PV\.\d+(?: ?\(Resumption \d+\))?$/],
  [/^E\/RES\//, /^E\/RES\/\d{4}\/\d+[A-Z]?$/],
];

/**
 * Whether `s` has the shape of a UN document symbol (A/RES/74/247, S/RES/1373 (2001), S/PRST/2023/6,
 * E/CN.15/2023/L.1, …). Checks the shape only, never a list of issued documents.
 */
export function isUnDocumentSymbol(s: string): boolean {
  const special = SERIES.find(([opens]) => opens.test(s));
  if (special) return special[1].test(s);
  return GENERAL.test(s) && /\d/.test(s);
}
