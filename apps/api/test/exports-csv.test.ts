import { CSV_COLUMNS } from "@verbatim/core";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPORTED, type ExportFixture, seedExportFixture } from "./support/export-fixture.ts";

let f: ExportFixture;
beforeAll(async () => {
  f = await seedExportFixture();
});
afterAll(() => f.server.stop());

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
type Row = Record<string, string>;
const rowsOf = (bytes: Buffer): Row[] => parse(bytes, { columns: true, bom: true, relax_column_count: false });

describe("CSV export", () => {
  let headers: Headers;
  let bytes: Buffer;
  let rows: Row[];
  beforeAll(async () => {
    ({ headers, bytes } = await f.download("/api/exports?format=csv"));
    rows = rowsOf(bytes);
  });
  const row = (name: keyof ExportFixture["ids"]): Row => {
    const found = rows.find((r) => r.annotation_id === f.ids[name]);
    if (!found) throw new Error(`${name} is not in the CSV`);
    return found;
  };

  it("is UTF-8 text/csv named .csv, with the count in X-Export-Count", () => {
    expect(headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(headers.get("content-disposition")).toMatch(/^attachment; filename="verbatim-workspace-\d{4}-\d\d-\d\d\.csv"$/);
    expect(headers.get("x-export-count")).toBe(String(EXPORTED.length));
  });

  it("has a header row of every column, then one row per annotation in export order", () => {
    const [header] = parse(bytes, { to_line: 1 }) as string[][];
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => f.nameOf(r.annotation_id ?? ""))).toEqual([...EXPORTED]);
  });

  it("has no byte order mark unless asked, and ends lines with CRLF", () => {
    expect(bytes.subarray(0, 3).equals(BOM)).toBe(false);
    expect(bytes.toString("utf8").split("\r\n")).toHaveLength(EXPORTED.length + 2);
  });

  it("starts with a UTF-8 BOM when bom=true, for Excel", async () => {
    const withBom = await f.download("/api/exports?format=csv&bom=true");
    expect(withBom.bytes.subarray(0, 3).equals(BOM)).toBe(true);
    expect(withBom.bytes.subarray(3).equals(bytes)).toBe(true);
    const without = await f.download("/api/exports?format=csv&bom=false");
    expect(without.bytes.equals(bytes)).toBe(true);
  });

  it("carries the statement's metadata, the target, the quote and the canonical reference", () => {
    const accepted = row("accepted");
    expect(accepted).toMatchObject({
      statement_slug: f.s1.slug,
      statement_title: "Statement on organized crime",
      speaker: "Ms. Example",
      delegation: "Arcadia",
      forum: "UN Security Council open debate",
      meeting_symbol: "S/PV.9600",
      statement_date: "2024-05-01",
      kind: "position",
      paragraph_id: "p2",
      start: "3",
      end: "10",
      quote_exact: "welcome",
      stance: "welcomes",
      labels: "toc",
      status: "accepted",
      review_status: "accepted",
      reviewer: "Rex Reviewer",
      review_comment: "Matches the verbatim record",
      author: "Ana Analyst",
      reference: `${f.s1.slug}#p2`,
    });
    expect(accepted.citation).toMatch(/^Arcadia, UN Security Council open debate, S\/PV\.9600, 1 May 2024, ¶\d+ \(now ¶\d+\)/);
  });

  it("gives attributes and labels their own columns, and the note as plain text", () => {
    expect(row("emoji")).toMatchObject({
      stance: "concerned",
      topics: "Firearms; Borders",
      labels: "arms",
      note: "Small arms matter",
      quote_exact: "across borders",
    });
    expect(row("disputed")).toMatchObject({ kind: "commitment", strength: "pledge", actor: "Arcadia", review_status: "disputed" });
    expect(row("rejected")).toMatchObject({ kind: "cross-reference", target: "UNTOC", relation: "cites" });
    expect(row("other")).toMatchObject({ labels: "toc; drugs", on_behalf_of: "Group of Friends", review_status: "", reviewer: "" });
    expect(row("range")).toMatchObject({ paragraph_id: "p2", end_paragraph_id: "p3", note: "Spans two paragraphs" });
  });

  it("keeps characters outside the BMP", () => {
    const p4 = f.s1.paragraphs.find((p) => p.id === "p4")?.text ?? "";
    expect(p4).toContain("\u{1F52B}");
    expect(row("emoji").quote_prefix).toContain("\u{1F52B}");
  });

  it("applies the filters", async () => {
    const filtered = rowsOf((await f.download(`/api/exports?format=csv&kind=cross-reference&status=proposed`)).bytes);
    expect(filtered.map((r) => f.nameOf(r.annotation_id ?? ""))).toEqual(["resolution"]);
  });

  it("is only the header row when nothing matches", async () => {
    const { bytes: empty, headers: h } = await f.download("/api/exports?format=csv&label=nothing&bom=true");
    expect(h.get("x-export-count")).toBe("0");
    expect(empty.subarray(0, 3).equals(BOM)).toBe(true);
    expect(rowsOf(empty)).toEqual([]);
    expect(empty.toString("utf8").split("\r\n")).toEqual([`\u{FEFF}${CSV_COLUMNS.join(",")}`, ""]);
  });
});
