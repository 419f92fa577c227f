import { describe, expect, it } from "vitest";
import { readSequence } from "./mojibake-sequence.ts";

const decoded = (text: string): string | null => {
  const seq = readSequence(text, 0);
  return seq && seq.end === text.length ? String.fromCodePoint(seq.codePoint) : null;
};

describe("readSequence", () => {
  it("decodes two-, three- and four-byte characters read as Windows-1252", () => {
    expect(decoded("Ã©")).toBe("é");
    expect(decoded("â€™")).toBe("’");
    expect(decoded("â‚¬")).toBe("€");
    expect(decoded("ðŸ˜€")).toBe("😀");
  });

  it("takes the Latin-1 reading of 0x80–0x9F too", () => {
    expect(decoded("â\u0080\u0099")).toBe("’");
    expect(readSequence("â\u0080\u0099", 0)?.hasControl).toBe(true);
  });

  it("refuses what is not one valid UTF-8 character", () => {
    expect(readSequence("Ãs", 0)).toBeNull(); // no continuation
    expect(readSequence("â€", 0)).toBeNull(); // cut short
    expect(readSequence("à€€", 0)).toBeNull(); // overlong E0 80 80
    expect(readSequence("í\u00a0€", 0)).toBeNull(); // surrogate ED A0 80
    expect(readSequence("ô\u0090€€", 0)).toBeNull(); // past U+10FFFF
    expect(readSequence("Á©", 0)).toBeNull(); // C1 is never a lead byte
    expect(readSequence("Ā©", 0)).toBeNull(); // no Windows-1252 byte at all
  });
});
