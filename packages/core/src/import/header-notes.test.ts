import { describe, expect, it } from "vitest";
import { isCapitalLabel, parseHeaderNote } from "./header-notes.ts";

describe("parseHeaderNote", () => {
  it("keeps whether the text is the one spoken as a delivery flag", () => {
    for (const line of [
      "Check against delivery",
      "(Check against delivery)",
      "CHECK AGAINST DELIVERY",
      "Seul le texte prononcé fait foi",
      "Cotejar con el discurso pronunciado",
    ])
      expect(parseHeaderNote(line)).toEqual({ delivery: "check-against-delivery" });
    for (const line of ["As delivered", "(As delivered)", "AS DELIVERED", "Tel que prononcé"])
      expect(parseHeaderNote(line)).toEqual({ delivery: "as-delivered" });
  });

  it("drops notes, type labels, session lines and symbols, keeping a meeting record's symbol", () => {
    for (const line of ["Unofficial translation", "Speech", "Press release", "Periodo de Sesiones 68", "78th session", "SG/SM/22071"])
      expect(parseHeaderNote(line)).toEqual({});
    expect(parseHeaderNote("S/PV.9500")).toEqual({ meetingSymbol: "S/PV.9500" });
    expect(parseHeaderNote("A/78/PV.5")).toEqual({ meetingSymbol: "A/78/PV.5" });
  });

  it("returns null for speech", () => {
    expect(parseHeaderNote("We check the delivery of aid.")).toBeNull();
    expect(parseHeaderNote("Statement by Japan")).toBeNull();
  });
});

describe("isCapitalLabel", () => {
  it("tells a short section label in capitals", () => {
    expect(isCapitalLabel("SECRETARY-GENERAL")).toBe(true);
    expect(isCapitalLabel("STATEMENTS AND MESSAGES")).toBe(true);
    expect(isCapitalLabel("BY MS. SOFIA RAMOS, COUNSELLOR")).toBe(false);
    expect(isCapitalLabel("Statements and messages")).toBe(false);
  });
});
