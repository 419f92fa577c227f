// Builds PDF pages for the tests: text set in lines at known positions, as a PDF reader would hand them over.
import type { PdfPageText, PdfTextItem } from "./pdf-types.ts";

export const A4 = { width: 595, height: 842 };

/** A run of text; its width is half its size per character unless given. */
export function run(str: string, x: number, y: number, options: { size?: number; bold?: boolean; width?: number } = {}): PdfTextItem {
  const size = options.size ?? 10;
  return {
    str,
    x,
    y,
    width: options.width ?? str.length * size * 0.5,
    height: size,
    fontSize: size,
    fontName: options.bold ? "AAAAAA+Caladea-Bold" : "AAAAAA+Caladea-Regular",
  };
}

export interface Column {
  x: number;
  width: number;
  top: number;
  /** Baseline to baseline. */
  leading?: number;
  size?: number;
  /** First-line indent of each paragraph. */
  indent?: number;
  /** Extra space between paragraphs. */
  gap?: number;
}

/**
 * Paragraphs, each given as its lines, set in a column: every line but a paragraph's last is justified to the
 * column's width; returns the runs and the baseline after the last line.
 */
export function typeset(paragraphs: string[][], column: Column): { items: PdfTextItem[]; bottom: number } {
  const leading = column.leading ?? 12;
  const size = column.size ?? 10;
  const items: PdfTextItem[] = [];
  let y = column.top;
  for (const lines of paragraphs) {
    lines.forEach((line, i) => {
      const indent = i === 0 ? (column.indent ?? 0) : 0;
      const last = i === lines.length - 1;
      items.push(
        run(line, column.x + indent, y, {
          size,
          width: last ? Math.min(line.length * size * 0.5, column.width - indent) : column.width - indent,
        }),
      );
      y += leading;
    });
    y += column.gap ?? 0;
  }
  return { items, bottom: y };
}

export const page = (number: number, items: PdfTextItem[]): PdfPageText => ({ number, ...A4, items });
