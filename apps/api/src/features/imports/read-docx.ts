import mammoth from "mammoth";
import { AppError } from "../../http/app-error.ts";
import { assertBoundedZip } from "./zip-bounds.ts";

/** The import keeps no images: an empty source, which the HTML reader's sanitiser then drops. */
const noImages = mammoth.images.imgElement(() => Promise.resolve({ src: "" }));

/**
 * A Word (.docx) file as HTML, through mammoth: headings stay headings, Word's numbered paragraphs become an ordered
 * list (numbered by the HTML reader), footnotes and endnotes come after the text as mammoth's `footnote-N` list, which
 * core's splitHtmlFootnotes sets apart. The zip is checked for bombs first; linked files are never read.
 */
export async function readDocx(bytes: Uint8Array): Promise<string> {
  const parts = assertBoundedZip(bytes);
  if (!parts.includes("word/document.xml")) {
    throw new AppError("unsupported_file", "this zip file is not a Word document (.docx): it has no word/document.xml");
  }
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { value } = await mammoth.convertToHtml({ buffer }, { convertImage: noImages, externalFileAccess: false });
    return value;
  } catch {
    throw new AppError("invalid_file", "this Word file cannot be read: it may be damaged; open and save it again in Word");
  }
}
