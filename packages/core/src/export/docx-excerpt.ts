import { ExternalHyperlink, HeadingLevel, Paragraph, TextRun } from "docx";
import { isHttpUrl } from "../references/http-url.ts";
import { type CitationStyle, citationOf } from "./citation.ts";
import { textRuns, xmlSafe } from "./docx-text.ts";
import { excerptDetails } from "./excerpt-details.ts";
import type { ExportItem } from "./export-item.ts";
import { kindHeading } from "./kind-heading.ts";
import { paragraphLink } from "./paragraph-link.ts";
import { statementLine } from "./statement-line.ts";
import { oneLine } from "./text.ts";

/** A statement's Heading 1 (on a new page unless `runOn`), then its metadata line and source link. */
export function statementParagraphs(item: ExportItem, runOn = false): Paragraph[] {
  const { statement } = item;
  const line = statementLine(statement);
  const source = statement.sourceUrl?.trim() ?? "";
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      ...(runOn ? {} : { pageBreakBefore: true }),
      children: [new TextRun(xmlSafe(oneLine(statement.title) || statement.slug))],
    }),
    ...(line ? [new Paragraph({ style: "StatementMeta", children: [new TextRun(xmlSafe(line))] })] : []),
    ...(isHttpUrl(source)
      ? [
          new Paragraph({
            style: "StatementMeta",
            children: [
              new TextRun("Source: "),
              new ExternalHyperlink({ link: source, children: [new TextRun({ text: xmlSafe(source), style: "Hyperlink" })] }),
            ],
          }),
        ]
      : []),
  ];
}

export function kindParagraph(item: ExportItem): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(kindHeading(item.annotation.kind))] });
}

/** The quotation, its citation linked to the paragraph in the app, and its details. */
export function excerptParagraphs(item: ExportItem, baseUrl: string, citation: CitationStyle = "full"): Paragraph[] {
  const details = excerptDetails(item).flatMap(([label, value], i) => [
    new TextRun({ text: `${label}: `, bold: true, ...(i > 0 ? { break: 1 } : {}) }),
    ...textRuns(value),
  ]);
  return [
    new Paragraph({ style: "Excerpt", children: textRuns(item.annotation.quote.exact) }),
    new Paragraph({
      style: "Citation",
      children: [
        new TextRun("— "),
        new ExternalHyperlink({
          link: paragraphLink(baseUrl, item),
          children: [new TextRun({ text: xmlSafe(citationOf(item, citation)), style: "Hyperlink" })],
        }),
      ],
    }),
    ...(details.length > 0 ? [new Paragraph({ style: "ExcerptDetails", children: details })] : []),
  ];
}
