import type { DroppedLine, Footnote, RawBlock } from "../types.ts";

/** One run of text as a PDF reader (pdfjs) gives it: x and y in PDF points, y the baseline measured from the page's top. */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
  /** The font's real name where the reader knows it ("BAAAAA+Caladea-Bold"): "Bold" or "Black" in it marks bold text. */
  fontName: string;
  hasEOL?: boolean;
}

export interface PdfPageText {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  items: PdfTextItem[];
}

export interface PdfLayout {
  /** The text in reading order, one block per paragraph (lines joined), each with the page it starts on. */
  blocks: RawBlock[];
  /** What the pages put around the text, in page order: running headers and footers, page and job numbers, the symbol, line numbers, footnotes. */
  dropped: DroppedLine[];
  footnotes: Footnote[];
  /** The document symbol printed on page 1 ("S/PV.9500"); of a joint symbol ("A/78/650–S/2023/950") the first. */
  symbol?: string;
}
