import { ExternalHyperlink, Paragraph, TextRun } from "docx";
import { type CitationStyle, citationOf } from "./citation.ts";
import { textRuns, xmlSafe } from "./docx-text.ts";
import { excerptDetails } from "./excerpt-details.ts";
import type { ExportItem } from "./export-item.ts";
import { paragraphLink } from "./paragraph-link.ts";
import { quoted } from "./quoted.ts";

/**
 * An excerpt in two paragraphs rather than three: the quotation in marks with its citation after a dash, then its
 * details run on one line. The marks set the quote apart now that the citation shares its line.
 */
export function compactExcerptParagraphs(item: ExportItem, baseUrl: string, citation: CitationStyle): Paragraph[] {
  const details = excerptDetails(item).flatMap(([label, value], i) => [
    ...(i > 0 ? [new TextRun(" · ")] : []),
    new TextRun({ text: `${label}: `, bold: true }),
    ...textRuns(value),
  ]);
  return [
    new Paragraph({
      style: "CompactExcerpt",
      children: [
        ...textRuns(quoted(item.annotation.quote.exact), { italics: true }),
        new TextRun({ text: " — ", size: 20 }),
        new ExternalHyperlink({
          link: paragraphLink(baseUrl, item),
          children: [new TextRun({ text: xmlSafe(citationOf(item, citation)), style: "Hyperlink", size: 20 })],
        }),
      ],
    }),
    ...(details.length > 0 ? [new Paragraph({ style: "CompactDetails", children: details })] : []),
  ];
}
