export { importPdfLayout, importPdfPages } from "./import-pdf-pages.ts";
export { layoutPdf } from "./layout-pdf.ts";
export * from "./pdf-limits.ts";
export type { PdfLayout, PdfPageText, PdfTextItem } from "./pdf-types.ts";
