import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { BriefMeta } from "./export-item.ts";
import { formatDate } from "../dates/format-date.ts";
import { xmlSafe } from "./docx-text.ts";
import { oneLine } from "./text.ts";

const plural = (n: number, one: string, many: string): string =>
  `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",")} ${n === 1 ? one : many}`;

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: xmlSafe(oneLine(text)), bold })] })] });
}

function filtersTable(filters: BriefMeta["filters"]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [2800, 6200],
    rows: [
      new TableRow({ tableHeader: true, children: [cell("Filter", true), cell("Value", true)] }),
      ...filters.map((f) => new TableRow({ children: [cell(f.label), cell(f.value)] })),
    ],
  });
}

/** The brief's first page: title, workspace, date, size of the selection and the filters that made it. */
export function titlePage(meta: BriefMeta, excerpts: number, statements: number): (Paragraph | Table)[] {
  return [
    new Paragraph({ style: "Title", children: [new TextRun(xmlSafe(oneLine(meta.title)))] }),
    new Paragraph({ children: [new TextRun({ text: "Workspace: ", bold: true }), new TextRun(xmlSafe(oneLine(meta.workspace)))] }),
    new Paragraph({ children: [new TextRun({ text: "Exported: ", bold: true }), new TextRun(formatDate(meta.generatedAt))] }),
    new Paragraph({
      children: [new TextRun(`${plural(excerpts, "excerpt", "excerpts")} from ${plural(statements, "statement", "statements")}`)],
    }),
    new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: "Filters used", bold: true })] }),
    meta.filters.length > 0 ? filtersTable(meta.filters) : new Paragraph("None: every annotation is included."),
  ];
}

/**
 * The compact brief's head, which the first statement follows on the same page: the title, then one line with the
 * workspace, date, size of the selection and the filters, e.g. "Desk · 1 March 2024 · 27 excerpts from 4 statements ·
 * Filters: Review status: accepted; Kind: position".
 */
export function compactHead(meta: BriefMeta, excerpts: number, statements: number): Paragraph[] {
  const filters = meta.filters.length > 0 ? meta.filters.map((f) => `${oneLine(f.label)}: ${oneLine(f.value)}`).join("; ") : "none";
  const line = [
    oneLine(meta.workspace),
    `exported ${formatDate(meta.generatedAt)}`,
    `${plural(excerpts, "excerpt", "excerpts")} from ${plural(statements, "statement", "statements")}`,
    `Filters: ${filters}`,
  ].filter((part) => part.length > 0);
  return [
    new Paragraph({ style: "CompactTitle", children: [new TextRun(xmlSafe(oneLine(meta.title)))] }),
    new Paragraph({ style: "BriefSummary", children: [new TextRun(xmlSafe(line.join(" · ")))] }),
  ];
}
