import type { Footnote } from "../types.ts";
import { pageLines } from "./columns.ts";
import { takeFootnotes } from "./footnotes.ts";
import { stripFurniture, type PageRows } from "./furniture.ts";
import { collectHyphenated } from "./hyphen-join.ts";
import { pageRows, runsText } from "./page-rows.ts";
import { paragraphsOf } from "./paragraphs.ts";
import { MAX_PDF_PAGES } from "./pdf-limits.ts";
import type { PdfLayout, PdfPageText } from "./pdf-types.ts";
import { stripUnCover } from "./un-cover.ts";

/** The size most of the text is set in (by characters), to tell footnotes and headings from it. */
function bodySizeOf(pages: PageRows[]): number {
  const chars = new Map<number, number>();
  for (const page of pages)
    for (const row of page.rows)
      for (const run of row.runs) {
        const size = Math.round(run.size * 2) / 2;
        chars.set(size, (chars.get(size) ?? 0) + run.str.length);
      }
  let best = 10;
  let most = 0;
  for (const [size, count] of chars)
    if (count > most) {
      best = size;
      most = count;
    }
  return best;
}

/**
 * A PDF's text rebuilt from where its runs sit on the page, not from the PDF's own line breaks: rows by baseline,
 * page furniture (running headers and footers, page and job numbers, the symbol, margin line numbers) and footnotes
 * set apart, columns read one after the other, paragraphs found from the lines' geometry, hyphenation at line ends
 * joined, a UN document's cover lines (distribution, session, agenda item) set apart. Pure: the API's reader (pdfjs) hands it the pages' text runs.
 */
export function layoutPdf(pages: readonly PdfPageText[]): PdfLayout {
  const rows: PageRows[] = pages
    .slice(0, MAX_PDF_PAGES)
    .map((p) => ({ page: p.number, width: p.width, height: p.height, rows: pageRows(p) }));
  const { dropped, symbol } = stripFurniture(rows);
  const bodySize = bodySizeOf(rows);
  const hyphenated = new Set<string>();
  for (const page of rows)
    collectHyphenated(
      page.rows.map((r) => runsText(r.runs)),
      hyphenated,
    );
  const footnotes: Footnote[] = [];
  for (const page of rows) takeFootnotes(page, bodySize, hyphenated, footnotes, dropped);
  const blocks = stripUnCover(paragraphsOf(rows.flatMap(pageLines), bodySize, hyphenated), dropped);
  // Furniture was listed page by page, then footnotes: one list in page order.
  const ordered = dropped
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.page ?? 0) - (b.d.page ?? 0) || a.i - b.i)
    .map((e) => e.d);
  return { blocks, dropped: ordered, footnotes, ...(symbol === undefined ? {} : { symbol }) };
}
