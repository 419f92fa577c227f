import { finishBlocks } from "../finish-blocks.ts";
import type { ImportResult } from "../types.ts";
import { layoutPdf } from "./layout-pdf.ts";
import type { PdfLayout, PdfPageText } from "./pdf-types.ts";
import { readUnDocumentCover } from "./un-document-cover.ts";

/**
 * A PDF's pages imported: laid out (layout-pdf.ts), then the clean-up every format shares. The page furniture and the
 * footnotes are listed first in the import record; the symbol on page 1 fills the meeting symbol, and a UN document's
 * cover its title, forum and date (un-document-cover.ts).
 */
export function importPdfPages(pages: readonly PdfPageText[]): ImportResult & { symbol?: string } {
  return importPdfLayout(layoutPdf(pages));
}

/** The same from a layout already made (a caller that also hands the layout's blocks to the record split). */
export function importPdfLayout(layout: PdfLayout): ImportResult & { symbol?: string } {
  const cover = readUnDocumentCover(layout.blocks, layout.symbol);
  const result = finishBlocks(
    {
      blocks: cover.blocks,
      metadata: layout.symbol === undefined ? cover.metadata : { ...cover.metadata, meetingSymbol: layout.symbol },
      droppedBefore: [...layout.dropped, ...cover.dropped],
      footnotes: layout.footnotes,
    },
    { promoteHeadings: false },
  );
  return layout.symbol === undefined ? result : { ...result, symbol: layout.symbol };
}
