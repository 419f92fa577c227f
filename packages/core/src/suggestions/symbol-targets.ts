import { canonicalUnSymbol, symbolIdentity } from "./canonical-symbol.ts";
import type { InstrumentEntry } from "./suggestion.ts";

/**
 * Maps a UN symbol to the cross-reference target an analyst would pick: the registry instrument it is the
 * symbol of (a registry key wins, as classifyCrossReferenceTarget decides), when exactly one instrument has
 * that symbol; otherwise the symbol itself. A/RES/55/25 adopted UNTOC and three Protocols, so it stays a symbol.
 */
export function symbolTargets(instruments: readonly InstrumentEntry[]): (symbol: string) => string {
  const owners = new Map<string, string[]>();
  for (const instrument of instruments) {
    const symbol = instrument.symbol === null ? null : canonicalUnSymbol(instrument.symbol);
    if (symbol === null) continue;
    const identity = symbolIdentity(symbol);
    owners.set(identity, [...(owners.get(identity) ?? []), instrument.key]);
  }
  return (symbol) => {
    const keys = owners.get(symbolIdentity(symbol));
    return keys?.length === 1 ? keys[0]! : symbol;
  };
}
