import { describe, expect, it } from "vitest";
import { compareFingerprints, compareTexts } from "./compare-texts.ts";
import { importedBlocks, revisionFixtures } from "./fixtures/index.ts";
import { fnv1a32, textFingerprint } from "./text-fingerprint.ts";

const paragraphs = (...texts: string[]) => texts.map((text) => ({ kind: "paragraph" as const, text }));
const statement = paragraphs(
  "Madam Chair,",
  "1. The Group reaffirms its commitment to the Convention.",
  "2. We welcome the progress of the review mechanism.",
  "3. We call for the return of stolen assets.",
  "4. I thank you.",
);

describe("compareTexts", () => {
  it("calls the same paragraphs identical, whatever the punctuation, numbering, headings or order", () => {
    const again = [{ kind: "heading" as const, text: "Corruption" }, ...paragraphs("Madam Chair", "4 I thank you")];
    again.push(...statement.slice(1, 4).map((p) => ({ ...p, text: p.text.toUpperCase().replace(/^\d\./u, "5.") })));
    expect(compareTexts(again, statement)).toEqual({ same: 5, total: 5, share: 1, verdict: "identical" });
  });

  it("calls a text mostly the same from 80% of its paragraphs", () => {
    const corrected = [...statement.slice(0, 4), ...paragraphs("4. I thank you, Madam Chair.")];
    expect(compareTexts(corrected, statement)).toEqual({ same: 4, total: 5, share: 0.8, verdict: "mostly" });
    expect(compareTexts(statement.slice(0, 3), statement).verdict).toBe("mostly");
  });

  it("calls other statements different", () => {
    const [a, b, ...rest] = revisionFixtures;
    expect(compareTexts(importedBlocks(a!), importedBlocks(b!)).verdict).toBe("different");
    expect(rest.every((f) => compareTexts(importedBlocks(f), importedBlocks(a!)).verdict === "different")).toBe(true);
    expect(compareTexts([], statement)).toEqual({ same: 0, total: 0, share: 0, verdict: "different" });
  });

  it("finds a revision of a fixture mostly the same", () => {
    for (const fixture of revisionFixtures) {
      const old = fixture.old.map(([id, text]) => ({ kind: id.startsWith("h") ? ("heading" as const) : ("paragraph" as const), text }));
      expect(compareTexts(importedBlocks(fixture), old).share).toBeGreaterThan(0.5);
    }
  });
});

describe("textFingerprint", () => {
  it("is the sorted FNV-1a hashes of the paragraphs' comparison keys", () => {
    expect(fnv1a32("")).toBe(0x811c9dc5);
    expect(fnv1a32("a")).toBe(0xe40c292c);
    expect(fnv1a32("foobar")).toBe(0xbf9cf968);
    const print = textFingerprint(statement);
    expect(print).toHaveLength(5);
    expect([...print].sort((a, b) => a - b)).toEqual(print);
    expect(compareFingerprints(print, print).verdict).toBe("identical");
  });
});
