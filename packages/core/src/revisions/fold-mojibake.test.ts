import { describe, expect, it } from "vitest";
import { foldMojibake } from "./fold-mojibake.ts";

describe("foldMojibake", () => {
  it.each([
    ["Africaâ€™s", "Africa’s"],
    ["â€œPromoting conflict preventionâ€\u009d", "“Promoting conflict prevention”"],
    ["â€œPromoting conflict preventionâ€", "“Promoting conflict prevention”"],
    ["rÃ©gion, SÃ£o TomÃ©, CÃ´te", "région, São Tomé, Côte"],
    ["2015â€“2030 â€” and â€¦", "2015–2030 — and …"],
    ["AfricaÃ­s", "Africaís"],
    ["UNÃs", "UNís"],
    ["SecretaryÂ General", "Secretary General"],
  ])("reads %s as %s", (garbled, repaired) => expect(foldMojibake(garbled)).toBe(repaired));

  it("leaves clean text alone", () => {
    const clean = "Côte d’Ivoire welcomes the “Pact for the Future” — São Paulo, Zürich.";
    expect(foldMojibake(clean)).toBe(clean);
  });
});
