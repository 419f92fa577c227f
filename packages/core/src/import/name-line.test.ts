import { describe, expect, it } from "vitest";
import { isNameLine } from "./name-line.ts";

describe("isNameLine", () => {
  it("tells a person's name alone", () => {
    expect(isNameLine("Susan E. Rice")).toBe(true);
    expect(isNameLine("Csaba Kőrösi")).toBe(true);
    expect(isNameLine("Linda Thomas-Greenfield")).toBe(true);
    expect(isNameLine("Nicolas de Rivière")).toBe(true);
  });

  it("rejects headings, bodies, addresses and single words", () => {
    expect(isNameLine("Security Council")).toBe(false);
    expect(isNameLine("Vice President")).toBe(false);
    expect(isNameLine("Introduction")).toBe(false);
    expect(isNameLine("Access to justice")).toBe(false);
    expect(isNameLine(`Ab ${"Cd ".repeat(50_000)}`)).toBe(false);
  });
});
