import { describe, expect, it } from "vitest";
import { quoted } from "./quoted.ts";

describe("quoted", () => {
  it.each([
    ["plain text gets both marks", "Transnational organized crime", "“Transnational organized crime”"],
    ["a quote selected with its marks stays as it is", "“Transnational organized crime”", "“Transnational organized crime”"],
    ["straight marks count as marks", '"Transnational organized crime"', '"Transnational organized crime"'],
    ["guillemets count as marks", "« criminalité transnationale »", "« criminalité transnationale »"],
    ["German marks count as marks", "„organisierte Kriminalität“", "„organisierte Kriminalität“"],
    ["Chinese corner brackets count as marks", "「跨国有组织犯罪」", "「跨国有组织犯罪」"],
    ["an opening mark whose end was cut off gets its closing mark", "“Transnational organized crime", "“Transnational organized crime”"],
    [
      "a closing mark whose start was cut off gets its opening mark",
      "organized crime remains a threat.”",
      "“organized crime remains a threat.”",
    ],
    ["a quotation at the start of the quote is nested", "“Palermo” is our framework", "““Palermo” is our framework”"],
    ["a quotation at the end of the quote is nested", "we call it “Palermo”", "“we call it “Palermo””"],
    ["an apostrophe at the end is not a mark", "the States’", "“the States’”"],
    ["a lone opening mark gets its closing one", "“", "“”"],
    ["empty text gets an empty pair", "", "“”"],
    ["white space at the ends is left out", "  “Transnational”\n", "“Transnational”"],
  ])("%s", (_case, text, expected) => {
    expect(quoted(text)).toBe(expected);
  });
});
