import type { SourceFormat } from "@verbatim/contract";
import { AppError } from "../../http/app-error.ts";
import type { UploadedFile } from "../../http/multipart.ts";

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // Word 97–2003 .doc, and other Office binaries

const extension = (name: string) => /\.([a-z0-9]+)$/iu.exec(name)?.[1]?.toLowerCase() ?? "";

/** A PDF may carry some bytes before its header (PDF 32000-1 §7.5.2 allows a reader to look within the first 1 KB). */
function isPdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + PDF.length <= head.length; i++) if (startsWith(head, PDF, i)) return true;
  return false;
}

/**
 * What a file is, from its content first: a PDF or a zip (Word) by their signatures whatever the name says, an old
 * binary Word file refused with what to do; otherwise text, whose flavour (Markdown, HTML) the name, the declared type
 * and the first characters tell (`textFlavour`, once decoded).
 */
export function sniffFile(file: UploadedFile): "pdf" | "docx" | "text" {
  const { bytes } = file;
  if (bytes.length === 0) throw new AppError("invalid_content", "the file is empty");
  if (isPdf(bytes)) return "pdf";
  if (startsWith(bytes, ZIP)) return "docx";
  if (startsWith(bytes, OLE)) {
    throw new AppError(
      "unsupported_file",
      "this is an old Word (.doc) or other Office binary file: save it as .docx, or as PDF, and import that",
    );
  }
  return "text";
}

const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:p|div|h[1-6]|article|section)[\s>])/iu;

/** A decoded text file's format: HTML by its first tag or its name/type, Markdown by its name/type, else plain text. */
export function textFlavour(file: UploadedFile, text: string): Extract<SourceFormat, "text" | "markdown" | "html"> {
  const ext = extension(file.name);
  if (HTML_START.test(text.slice(0, 2000)) || ext === "html" || ext === "htm" || file.mediaType === "text/html") return "html";
  if (ext === "md" || ext === "markdown" || file.mediaType === "text/markdown") return "markdown";
  return "text";
}
