import { describe, expect, it } from "vitest";
import { importStatement } from "../import-statement.ts";
import { applyImportEdits } from "./apply-edits.ts";
import { ImportEditError } from "./import-edit.ts";

const text = [
  "Statement by the Delegation of Kenya",
  "Thank you, Madam Chair. Kenya aligns itself with the African Group.",
  "We welcome the report. We support its recommendations.",
  "I thank you.",
].join("\n\n");

const read = () => importStatement(text, "text");
const texts = (r: ReturnType<typeof read>) => r.blocks.map((b) => b.text);

describe("applyImportEdits", () => {
  it("leaves a reading without edits as it is", () => {
    const r = read();
    expect(applyImportEdits(r, [])).toBe(r);
  });

  it("marks a paragraph as the forum: it leaves the text, fills the field and is listed as metadata", () => {
    const r = read();
    const edited = applyImportEdits(r, [{ op: "mark", block: 2, as: "forum" }]);
    expect(edited.metadata.forum).toBe("I thank you.");
    expect(texts(edited)).not.toContain("I thank you.");
    expect(edited.dropped.at(-1)).toEqual({ text: "I thank you.", reason: "metadata" });
  });

  it("reads a marked date line as ISO, and refuses a line that holds no date", () => {
    const r = importStatement("Geneva, (Thursday, 7 December 2023) opening\n\nWe welcome the report.", "text");
    const first = r.blocks.findIndex((b) => b.text.includes("Geneva"));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(applyImportEdits(r, [{ op: "mark", block: first, as: "date" }]).metadata.date).toBe("2023-12-07");
    expect(() => applyImportEdits(read(), [{ op: "mark", block: 1, as: "date" }])).toThrow(ImportEditError);
  });

  it("reads a marked speaker line into the speaker and delegation", () => {
    const r = importStatement("We welcome the report.\n\nMr. Li Wei, Permanent Representative of China", "text");
    const at = r.blocks.findIndex((b) => b.text.startsWith("Mr. Li Wei"));
    const edited = applyImportEdits(r, [{ op: "mark", block: at, as: "speaker" }]);
    expect(edited.metadata).toMatchObject({ speaker: "Mr. Li Wei", delegation: "China" });
  });

  it("drops a paragraph by hand, with its own reason", () => {
    const edited = applyImportEdits(read(), [{ op: "mark", block: 1, as: "drop" }]);
    expect(edited.dropped.at(-1)).toEqual({ text: "We welcome the report. We support its recommendations.", reason: "edited" });
  });

  it("merges a paragraph with the next, and splits one at a caret", () => {
    const merged = applyImportEdits(read(), [{ op: "merge", block: 0 }]);
    expect(texts(merged)[0]).toBe(
      "Thank you, Madam Chair. Kenya aligns itself with the African Group. We welcome the report. We support its recommendations.",
    );
    const split = applyImportEdits(read(), [{ op: "split", block: 1, at: "We welcome the report.".length }]);
    expect(texts(split).slice(1, 3)).toEqual(["We welcome the report.", "We support its recommendations."]);
  });

  it("applies edits in order, each to what the ones before it left", () => {
    const edited = applyImportEdits(read(), [
      { op: "split", block: 1, at: "We welcome the report.".length },
      { op: "merge", block: 0 },
    ]);
    expect(texts(edited)[0]).toBe("Thank you, Madam Chair. Kenya aligns itself with the African Group. We welcome the report.");
  });

  it("puts a dropped line back as a paragraph before the text, and one dropped after it at the end", () => {
    const r = read();
    const title = r.dropped.findIndex((d) => d.text.startsWith("Statement by"));
    const restored = applyImportEdits(r, [{ op: "markDropped", line: title, as: "paragraph" }]);
    expect(texts(restored)[0]).toBe("Statement by the Delegation of Kenya");
    const footer = { ...r, dropped: [...r.dropped, { text: "Share this page", reason: "share" as const, after: true }] };
    const back = applyImportEdits(footer, [{ op: "markDropped", line: footer.dropped.length - 1, as: "paragraph" }]);
    expect(texts(back).at(-1)).toBe("Share this page");
  });

  it("marks a dropped line as a field", () => {
    const r = read();
    const title = r.dropped.findIndex((d) => d.text.startsWith("Statement by"));
    expect(applyImportEdits(r, [{ op: "markDropped", line: title, as: "forum" }]).metadata.forum).toBe(
      "Statement by the Delegation of Kenya",
    );
  });

  it("names the edit that does not fit", () => {
    const at = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e instanceof ImportEditError ? e.index : "other";
      }
      return "none";
    };
    expect(
      at(() =>
        applyImportEdits(read(), [
          { op: "merge", block: 0 },
          { op: "mark", block: 99, as: "drop" },
        ]),
      ),
    ).toBe(1);
    expect(at(() => applyImportEdits(read(), [{ op: "merge", block: 2 }]))).toBe(0);
    expect(at(() => applyImportEdits(read(), [{ op: "split", block: 0, at: 0 }]))).toBe(0);
    expect(at(() => applyImportEdits(read(), [{ op: "markDropped", line: 40, as: "title" }]))).toBe(0);
  });
});
