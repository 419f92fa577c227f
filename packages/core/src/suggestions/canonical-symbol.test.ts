import { describe, expect, it } from "vitest";
import { canonicalUnSymbol, symbolIdentity } from "./canonical-symbol.ts";

describe("canonicalUnSymbol", () => {
  it("writes a symbol in one form", () => {
    expect(canonicalUnSymbol("A/RES/74/247")).toBe("A/RES/74/247");
    expect(canonicalUnSymbol("A/RES/ 74/247")).toBe("A/RES/74/247");
    expect(canonicalUnSymbol("S/RES/1373(2001)")).toBe("S/RES/1373 (2001)");
    expect(canonicalUnSymbol("S/RES/1373  (2001)")).toBe("S/RES/1373 (2001)");
    expect(canonicalUnSymbol("E/CN.15/2023/L.5")).toBe("E/CN.15/2023/L.5");
    expect(canonicalUnSymbol("A/RES/2625(XXV)")).toBe("A/RES/2625 (XXV)");
  });

  it("refuses what is not a symbol", () => {
    for (const raw of ["12/05/2023", "A/RES/74", "S/PRST/23/6", "B/RES/1/2", "resolution 74/247"])
      expect(canonicalUnSymbol(raw)).toBeNull();
  });

  it("makes a Council resolution with and without its year one target", () => {
    expect(symbolIdentity("S/RES/1373 (2001)")).toBe("S/RES/1373");
    expect(symbolIdentity("A/RES/74/247")).toBe("A/RES/74/247");
  });
});
