import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { importPdfPages, type ImportResult, type MetadataHints } from "@verbatim/core";
import { describe, expect, it } from "vitest";
import { AppError } from "../../http/app-error.ts";
import { readPdfPages } from "./read-pdf.ts";

const fixtures = fileURLToPath(new URL("../../../../../fixtures/import/", import.meta.url));

interface Expected {
  kind: "statement" | "record";
  metadata: MetadataHints;
  headerLines: string[];
  paragraphStarts: string[];
  turns?: { speaker: string; delegation?: string; paragraphStarts: string[] }[];
}

/** Text compared as the import corpus compares it: quotes and white space folded, a paragraph's number ("1. ") aside. */
const flat = (text: string) =>
  text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\d{1,3}\. /, "");
const startsWith = (paragraph: string, start: string) => flat(paragraph).startsWith(flat(start));

/**
 * Whether a header line ended up in a paragraph: the paragraph is it, starts or ends with it, or (a line with a digit:
 * a symbol, a job or page number, a date) holds it anywhere, as furniture left between two lines would be.
 */
function leaks(line: string, paragraph: string): boolean {
  const [l, p] = [flat(line), flat(paragraph)];
  return p === l || p.startsWith(`${l} `) || p.endsWith(` ${l}`) || (/\d/.test(l) && p.includes(l));
}

async function importFixture(name: string): Promise<ImportResult & { symbol?: string }> {
  return importPdfPages(await readPdfPages(new Uint8Array(readFileSync(`${fixtures}${name}.pdf`))));
}

const names = readdirSync(fixtures)
  .filter((f) => f.endsWith(".pdf"))
  .map((f) => f.slice(0, -4));

describe("readPdfPages + importPdfPages on the PDF fixtures", () => {
  it.each(names)("%s: furniture out, paragraphs where the expected file says, the symbol found", async (name) => {
    const expected = JSON.parse(readFileSync(`${fixtures}${name}.expected.json`, "utf8")) as Expected;
    const result = await importFixture(name);
    const paragraphs = result.blocks.filter((b) => b.kind === "paragraph").map((b) => b.text);
    const first = paragraphs.findIndex((p) => expected.paragraphStarts[0] !== undefined && startsWith(p, expected.paragraphStarts[0]));
    expect(first).toBeGreaterThanOrEqual(0);
    // From the first expected paragraph on, every paragraph is the expected one: none split, none merged, none added.
    const body = paragraphs.slice(first);
    expect(body.map((p, i) => startsWith(p, expected.paragraphStarts[i] ?? "") || `${i}: ${p.slice(0, 80)}`)).toEqual(body.map(() => true));
    expect(body).toHaveLength(expected.paragraphStarts.length);
    // A record's cover (before the first speaker) is the record split's to read; a statement's must not leak at all.
    const checked = expected.kind === "record" ? body : paragraphs;
    const leaked = expected.headerLines.flatMap((line) => checked.filter((p) => leaks(line, p)).map((p) => `${line} ⟶ ${p.slice(0, 60)}`));
    expect(leaked).toEqual([]);
    if (expected.metadata.meetingSymbol) {
      expect(result.symbol).toBe(expected.metadata.meetingSymbol);
      expect(result.metadata.meetingSymbol).toBe(expected.metadata.meetingSymbol);
    }
    // Every speaker turn starts a paragraph with its marker ("Mr. Zhang Jun (China) (spoke in Chinese): I thank …"), in order.
    let at = -1;
    const turnsFound = (expected.turns ?? []).map((turn) => {
      at = body.findIndex((p, i) => i > at && startsWith(p, turn.speaker) && flat(p).includes(flat(turn.paragraphStarts[0] ?? "")));
      return at >= 0 || turn.speaker;
    });
    expect(turnsFound).toEqual((expected.turns ?? []).map(() => true));
  });

  it("reads a UN document's cover: title, forum and date, none of it a paragraph", async () => {
    const result = await importFixture("ldoc-e-cn15-2023-l5");
    expect(result.metadata).toMatchObject({
      title: "Promoting the use and application of United Nations standards and norms in crime prevention and criminal justice",
      forum: "Commission on Crime Prevention and Criminal Justice",
      date: "2023-05-19",
      meetingSymbol: "E/CN.15/2023/L.5",
    });
    expect(result.blocks[0]?.text).toBe("The Commission on Crime Prevention and Criminal Justice,");
  });

  it("sets footnotes apart with their marks, and leaves the marks out of the text", async () => {
    const result = await importFixture("statement-ngo-footnotes-a-hrc-54");
    expect(result.footnotes?.map((f) => f.mark)).toEqual(["1", "2", "3", "4"]);
    expect(result.footnotes?.[1]).toEqual({ mark: "2", text: "A/HRC/54/22.", page: 1 });
    const text = result.blocks.map((b) => b.text).join("\n");
    expect(text).toContain("Involuntary Disappearances and wishes");
    expect(text).not.toMatch(/[a-z][1-4]\b/);
  });

  it("drops margin line numbers, running headers, page and job numbers with their reasons", async () => {
    const ldoc = await importFixture("ldoc-e-cn15-2023-l5");
    expect(ldoc.dropped.filter((d) => d.reason === "line-number").map((d) => d.page)).toEqual([1, 2]);
    const record = await importFixture("record-s-pv-9500");
    const reasons = new Set(record.dropped.filter((d) => d.page === 2).map((d) => `${d.reason}: ${d.text}`));
    expect(reasons).toEqual(
      new Set([
        "document-symbol: S/PV.9500",
        "page-number: 2/4",
        "job-number: 23-38765",
        "running-header: 07/12/2023",
        "running-header: Threats to international peace and security",
        expect.stringMatching(/^footnote: 1 Figures/) as unknown as string,
      ]),
    );
  });

  it("joins words hyphenated at a line end and keeps real hyphens", async () => {
    const records = await Promise.all(["record-s-pv-9500", "record-s-pv-9510-long"].map(importFixture));
    const text = records.flatMap((r) => r.blocks.map((b) => b.text)).join("\n");
    expect(text).not.toMatch(/[a-z]- (?!and )[a-z]/);
    expect(text).toContain("Under-Secretary-General");
    expect(text).toContain("twenty-first century");
    expect(text).toContain("troop- and police-contributing");
  });
});

describe("readPdfPages refuses what it cannot read", () => {
  const codeOf = async (bytes: Uint8Array) => {
    const error: unknown = await readPdfPages(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).code;
  };
  const bad = (name: string) => new Uint8Array(readFileSync(`${fixtures}bad/${name}`));

  it("a scan (an image, no text layer): no_text_layer", async () => {
    expect(await codeOf(bad("scanned-record.pdf"))).toBe("no_text_layer");
  });

  it("a PDF locked with a password: encrypted_pdf", async () => {
    expect(await codeOf(bad("encrypted-statement.pdf"))).toBe("encrypted_pdf");
  });

  it("a PDF cut short, or bytes that are no PDF: invalid_file", async () => {
    expect(await codeOf(bad("truncated-statement.pdf"))).toBe("invalid_file");
    expect(await codeOf(new TextEncoder().encode("not a PDF at all"))).toBe("invalid_file");
  });
});
