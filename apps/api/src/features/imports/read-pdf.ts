import { MAX_CONTENT_CHARS } from "@verbatim/contract";
import { MAX_PDF_PAGES, type PdfPageText, type PdfTextItem } from "@verbatim/core";
import { getDocument, type PDFDocumentProxy, type PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { AppError } from "../../http/app-error.ts";

// pdfjs in Node runs its "worker" in the same thread (the fake worker it sets up when no Worker exists): the caller
// decides which thread this runs on (a worker of the pool for a large file). Fonts are parsed but never installed
// (disableFontFace), nothing is evaluated (isEvalSupported: false), and no system font is looked up.

/** pdfjs's error names for a file it cannot read as a PDF at all. */
const CORRUPT = new Set([
  "InvalidPDFException",
  "MissingPDFException",
  "UnexpectedResponseException",
  "FormatError",
  "UnknownErrorException",
]);

function refusal(error: unknown): AppError {
  const name = error instanceof Error ? error.name : "";
  if (name === "PasswordException")
    return new AppError(
      "encrypted_pdf",
      "this PDF is protected by a password: remove the protection (or print it to a new PDF) and import it again",
    );
  if (CORRUPT.has(name)) return new AppError("invalid_file", "this file could not be read as a PDF (it may be damaged or cut short)");
  return new AppError("invalid_file", "this file could not be read as a PDF", {
    reason: error instanceof Error ? error.message : String(error),
  });
}

/** Pages whose drawing is built to learn font names; past it a new font stays unnamed (read as not bold). */
const FONT_NAME_PAGES = 50;

/**
 * The real names of the fonts a page's text uses ("BAAAAA+Caladea-Bold"), which say bold where text content only says
 * "serif". pdfjs loads a font's name with the page's drawing (`getOperatorList`, which also decodes its images), and a
 * font keeps its ID ("g_d0_f2") for the whole document: so a page is drawn only when it uses a font not seen yet, and
 * only on so many pages (a scan with a text layer would otherwise decode every page's image).
 */
async function learnFontNames(page: PDFPageProxy, ids: Set<string>, known: Map<string, string>, budget: { pages: number }): Promise<void> {
  if ([...ids].every((id) => known.has(id)) || budget.pages <= 0) return;
  budget.pages -= 1;
  await page.getOperatorList();
  for (const id of ids) {
    const font: unknown = page.commonObjs.has(id) ? page.commonObjs.get(id) : undefined;
    known.set(id, typeof font === "object" && font !== null && "name" in font && typeof font.name === "string" ? font.name : id);
  }
}

async function readPage(
  doc: PDFDocumentProxy,
  number: number,
  fonts: Map<string, string>,
  budget: { pages: number },
): Promise<PdfPageText> {
  const page = await doc.getPage(number);
  try {
    const [, , width, height] = page.view as [number, number, number, number];
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const runs = content.items.flatMap((item) => ("str" in item && item.str.trim() !== "" ? [item] : []));
    if (runs.length > 0) await learnFontNames(page, new Set(runs.map((r) => r.fontName)), fonts, budget);
    const items: PdfTextItem[] = runs.map((item) => {
      const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
      // To viewport space: y from the page's top, whatever the page's rotation or crop box.
      const [x, y] = viewport.convertToViewportPoint(e, f) as [number, number];
      return {
        str: item.str,
        x,
        y,
        width: item.width,
        height: item.height,
        fontSize: Math.hypot(c, d) || Math.hypot(a, b),
        fontName: fonts.get(item.fontName) ?? item.fontName,
        hasEOL: item.hasEOL,
      };
    });
    return { number, width: viewport.width || width, height: viewport.height || height, items };
  } finally {
    page.cleanup();
  }
}

/**
 * The text runs of every page of a PDF, y measured from each page's top. Refuses (422) a file that is not a PDF or is
 * damaged (`invalid_file`), one locked with a password (`encrypted_pdf`), one with no text at all, a scan
 * (`no_text_layer`), and one past MAX_PDF_PAGES pages or MAX_CONTENT_CHARS characters (`too_complex`).
 */
export async function readPdfPages(bytes: Uint8Array): Promise<PdfPageText[]> {
  // pdfjs takes ownership of the buffer it is given: hand it a copy. stopAtErrors: a page it cannot parse refuses the
  // file rather than import it with text silently missing.
  const task = getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    isEvalSupported: false,
    disableFontFace: true,
    stopAtErrors: true,
    verbosity: 0,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    throw refusal(error);
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES)
      throw new AppError("too_complex", `this PDF has ${doc.numPages} pages; at most ${MAX_PDF_PAGES} can be imported`);
    const pages: PdfPageText[] = [];
    const fonts = new Map<string, string>();
    const budget = { pages: FONT_NAME_PAGES };
    let chars = 0;
    for (let number = 1; number <= doc.numPages; number += 1) {
      const page = await readPage(doc, number, fonts, budget).catch((error: unknown) => {
        throw error instanceof AppError ? error : refusal(error);
      });
      for (const item of page.items) chars += item.str.length;
      if (chars > MAX_CONTENT_CHARS)
        throw new AppError("too_complex", `this PDF holds more than ${MAX_CONTENT_CHARS.toLocaleString("en")} characters of text`);
      pages.push(page);
    }
    if (pages.every((p) => p.items.length === 0))
      throw new AppError(
        "no_text_layer",
        "this PDF has no text layer (a scan?); OCR is not supported: import a PDF with text, or paste the text",
      );
    return pages;
  } finally {
    await doc.destroy();
  }
}
