import { describe, expect, it } from "vitest";
import { mojibakeReading } from "./mojibake-reading.ts";
import { repairMojibake } from "./repair-mojibake.ts";

describe("mojibakeReading", () => {
  it("is english for the issue's examples and for text without mojibake", () => {
    expect(mojibakeReading("AfricaÃ­s future and the UNÃs role")).toBe("english");
    expect(mojibakeReading("Plain text.")).toBe("english");
  });

  it("is romance when accented letters inside words were misread", () => {
    expect(mojibakeReading("La polÃtica de la regiÃ³n estÃ¡ cambiando, tambiÃ©n")).toBe("romance");
  });

  it("does not count letters that Mac Roman damage makes from punctuation", () => {
    // – → ñ → "Ã±", — → ó → "Ã³": a dash between words must not make the text Spanish.
    expect(mojibakeReading("peaceÃ±andÃ³security, AfricaÃ­s")).toBe("english");
  });
});

describe("lost-byte 'Ã' by reading", () => {
  it("is í inside a word and à between spaces in a romance text", () => {
    const text = "La polÃtica de la regiÃ³n estÃ¡ cambiando tambiÃ©n, Ã la fin, voilÃ tout";
    expect(repairMojibake(text).text).toBe("La política de la región está cambiando también, à la fin, voilà tout");
  });

  it("keeps país, Luís and anís in an english text", () => {
    expect(repairMojibake("President LuÃ­s said his paÃ­s and AfricaÃ­s").text).toBe("President Luís said his país and Africa's");
  });

  it("reads a French elision as an apostrophe", () => {
    expect(repairMojibake("Côte dÃIvoire and lÃhomme").text).toBe("Côte d'Ivoire and l'homme");
  });

  it("is not turned romance by one misread accent", () => {
    expect(mojibakeReading("CÃ´te dÃIvoire")).toBe("english");
    expect(repairMojibake("CÃ´te dÃIvoire").text).toBe("Côte d'Ivoire");
  });

  it("leaves an 'Ã' among capitals", () => {
    expect(repairMojibake("SÃO PAULO and UNÃS").text).toBe("SÃO PAULO and UNÃS");
  });
});
