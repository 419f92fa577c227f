import { describe, expect, it } from "vitest";
import { isUnDocumentSymbol } from "./un-symbol.ts";

describe("isUnDocumentSymbol", () => {
  it.each([
    "A/RES/74/247",
    "A/RES/S-32/1",
    "A/RES/ES-11/1",
    "A/RES/217(III)",
    "A/74/L.5",
    "A/C.3/74/L.11",
    "A/C.3/74/L.11/Rev.1",
    "A/HRC/RES/52/1",
    "S/RES/1373 (2001)",
    "S/RES/1373(2001)",
    "S/RES/2482",
    "S/PRST/2023/6",
    "S/PV.9500",
    "S/PV.9500 (Resumption 1)",
    "S/2023/123",
    "E/RES/2023/10",
    "E/CN.15/2023/L.1",
    "E/CN.7/2023/L.2/Add.1",
    "E/CN.7/590",
    "ST/SGB/2019/8",
  ])("accepts %s", (s) => expect(isUnDocumentSymbol(s)).toBe(true));

  it.each([
    "",
    "XYZ",
    "A/RES/",
    "A/RES/74",
    "A/RES/74/",
    "A//74",
    "A/74/L.5/",
    "S/RES/1373 (01)",
    "S/PRST/23/6",
    "S/PV.",
    "E/RES/23/10",
    "E/CN.15/",
    "UNTOC",
    "resolution 74/247",
    "a/res/74/247",
    "X/RES/74/247",
    "A/RES/74/247 ",
    "https://undocs.org/A/RES/74/247",
  ])("rejects %j", (s) => expect(isUnDocumentSymbol(s)).toBe(false));
});
