import { AlignmentType, Document, Footer, Header, PageNumber, Paragraph, type Table, TextRun } from "docx";
import type { BriefOptions } from "./brief-options.ts";
import { compactExcerptParagraphs } from "./docx-compact-excerpt.ts";
import { excerptParagraphs, kindParagraph, statementParagraphs } from "./docx-excerpt.ts";
import { BRIEF_STYLES, COMPACT_STYLES } from "./docx-styles.ts";
import { xmlSafe } from "./docx-text.ts";
import { compactHead, titlePage } from "./docx-title-page.ts";
import type { BriefMeta, ExportItem } from "./export-item.ts";
import { createGroupTracker } from "./group-tracker.ts";
import { oneLine } from "./text.ts";

const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1247, right: 1247 };

/**
 * A Word brief of items in export order: a title page with the filters, then a Heading 1 per statement and a
 * Heading 2 per kind, each excerpt a quotation with its citation and details; page numbers in the footer.
 * The compact layout has a one-line head instead of the title page, and runs statements on (see BRIEF_LAYOUTS).
 */
export function docxBrief(items: ExportItem[], meta: BriefMeta, options: BriefOptions = {}): Document {
  const compact = options.layout === "compact";
  const citation = options.citation ?? "full";
  const next = createGroupTracker();
  const body: (Paragraph | Table)[] = [];
  const statements = new Set<string>();
  for (const item of items) {
    const change = next(item);
    statements.add(item.statement.id);
    if (change.statement) body.push(...statementParagraphs(item, compact));
    if (change.kind) body.push(kindParagraph(item));
    body.push(...(compact ? compactExcerptParagraphs(item, meta.baseUrl, citation) : excerptParagraphs(item, meta.baseUrl, citation)));
  }
  if (items.length === 0)
    body.push(new Paragraph({ ...(compact ? {} : { pageBreakBefore: true }), text: "No annotations match these filters." }));
  const head = compact ? compactHead(meta, items.length, statements.size) : titlePage(meta, items.length, statements.size);

  const title = xmlSafe(oneLine(meta.title));
  return new Document({
    title,
    creator: "Verbatim",
    description: `Brief exported from ${xmlSafe(oneLine(meta.workspace))}`,
    styles: compact ? COMPACT_STYLES : BRIEF_STYLES,
    sections: [
      {
        properties: { titlePage: true, page: { size: A4, margin: MARGIN } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: title, size: 16, color: "606060" })] }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ size: 18, children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: [...head, ...body],
      },
    ],
  });
}
