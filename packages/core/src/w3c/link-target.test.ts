import { describe, expect, it } from "vitest";
import { crossReferenceFromIri, crossReferenceIri, statementRevisionIri, statementSlugFromIri } from "./link-target.ts";

const base = "https://verbatim.example.org";
const keys = new Set(["UNTOC", "A/RES/74/247", "S/RES/1373 (2001)"]);

describe("cross-reference IRIs", () => {
  it.each([
    ["UNTOC", `${base}/api/instruments/UNTOC`],
    ["A/RES/74/247", `${base}/api/instruments/A%2FRES%2F74%2F247`],
    ["S/RES/1373 (2001)", `${base}/api/instruments/S%2FRES%2F1373%20(2001)`],
    ["A/RES/75/282", "https://undocs.org/A/RES/75/282"],
    ["S/RES/2482 (2019)", "https://undocs.org/S/RES/2482(2019)"],
    ["E/CN.15/2023/L.1", "https://undocs.org/E/CN.15/2023/L.1"],
    ["2023-12-07-unsc-china#p7", `${base}/s/2023-12-07-unsc-china#p7`],
    ["https://www.unodc.org/unodc/en/cybercrime/", "https://www.unodc.org/unodc/en/cybercrime/"],
  ])("links %s to %s and back", (target, iri) => {
    expect(crossReferenceIri(target, `${base}/`, keys)).toBe(iri);
    expect(crossReferenceFromIri(iri, base)).toBe(target);
  });

  it("takes key-shaped targets for instruments when no registry is given", () => {
    expect(crossReferenceIri("KYOTO-DECLARATION", base)).toBe(`${base}/api/instruments/KYOTO-DECLARATION`);
    expect(crossReferenceIri("not a target", base)).toBeNull();
    expect(crossReferenceIri("KYOTO-DECLARATION", base, keys)).toBeNull();
  });

  it("reads undocs.org links with a language and keeps foreign IRIs as they are", () => {
    expect(crossReferenceFromIri("https://undocs.org/en/S/PRST/2023/6", null)).toBe("S/PRST/2023/6");
    expect(crossReferenceFromIri("https://example.org/x", base)).toBe("https://example.org/x");
    expect(crossReferenceFromIri(`${base}/api/instruments/UNTOC`, null)).toBe(`${base}/api/instruments/UNTOC`);
  });

  it("reads a statement's slug from a reader IRI under the base URL only, a revision's included", () => {
    expect(statementSlugFromIri(`${base}/s/2023-12-07-unsc-china`, `${base}/`)).toBe("2023-12-07-unsc-china");
    expect(statementSlugFromIri(`${base}/s/2023-12-07-unsc-china#p7`, base)).toBe("2023-12-07-unsc-china");
    expect(statementSlugFromIri("https://elsewhere.org/s/2023-12-07-unsc-china", base)).toBeNull();
    expect(statementSlugFromIri(statementRevisionIri(base, "2023-12-07-unsc-china", 2), base)).toBe("2023-12-07-unsc-china");
    expect(statementSlugFromIri(`${base}/s/2023-12-07-unsc-china?revision=x`, base)).toBeNull();
  });
});
