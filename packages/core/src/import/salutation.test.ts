import { describe, expect, it } from "vitest";
import { isClosing, isSalutation } from "./salutation.ts";

describe("isSalutation", () => {
  it.each([
    "Mr. President,",
    "Madam Chairperson,",
    "Excellencies,",
    "Excellencies, ladies and gentlemen,",
    "Mr. Chair, distinguished delegates:",
    "Madam\u00a0President",
  ])("accepts %s", (line) => expect(isSalutation(line)).toBe(true));

  it.each([
    "Mr. President, I welcome the convening of this meeting.",
    "Thank you, Mr. President.",
    "Kyoto Declaration",
    "Mr. Ikram Ibrahim, Permanent Representative of Malaysia. He spoke first.",
  ])("rejects %s", (line) => expect(isSalutation(line)).toBe(false));
});

describe("isClosing", () => {
  it("recognises thanks that close a statement", () => {
    expect(isClosing("I thank you, Madam Chairperson.")).toBe(true);
    expect(isClosing("Thank you, Mr. President.")).toBe(true);
    expect(isClosing("Thanks to the Secretariat, we met.")).toBe(false);
  });
});
