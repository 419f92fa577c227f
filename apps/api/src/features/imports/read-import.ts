import type { ImportSource as ImportSourceSchema, SourceFormat } from "@verbatim/contract";
import type { z } from "zod";

type ImportSource = z.infer<typeof ImportSourceSchema>;
import {
  applyImportEdits,
  decodeTextBytes,
  type Footnote,
  type ImportEdit,
  ImportEditError,
  type ImportFormat,
  type ImportResult,
  importPdfLayout,
  importStatement,
  layoutPdf,
  type MeetingRecord,
  type RawBlock,
  readSource,
  repairMojibake,
  splitRecord,
  type TextRepair,
} from "@verbatim/core";
import { AppError } from "../../http/app-error.ts";
import type { UploadedFile } from "../../http/multipart.ts";
import { finishReading, type ReadStatement } from "../statements/read-statement.ts";
import { recordAsOneStatement } from "./record-statements.ts";
import { readDocx } from "./read-docx.ts";
import { readPdfPages } from "./read-pdf.ts";
import { sniffFile, textFlavour } from "./sniff-file.ts";

export interface ReadImportInput {
  /** Pasted text, or … */
  text?: { content: string; format: ImportFormat };
  /** … an uploaded file. */
  file?: UploadedFile;
  edits?: ImportEdit[];
  /** Return the meeting record found, if any (the preview, the record import); a record is always read as one. */
  record?: boolean;
}

/** Everything an import learns from its source: the statement's reading, and what the preview and the record show. */
export interface ImportReading {
  source: ImportSource;
  /** What the revision keeps as its source: the text as read (a Word file's HTML, a PDF's text layer), and its format. */
  kept: { format: SourceFormat; content: string };
  /** The reading as one statement; null when it holds no paragraph but a record was asked for and found. */
  statement: ReadStatement | null;
  repairs: TextRepair[];
  footnotes: Footnote[];
  record: MeetingRecord | null;
}

/** The blocks and reading of a source, whichever its format. */
interface Read {
  source: ImportSource;
  kept: { format: SourceFormat; content: string };
  result: ImportResult;
  /** The blocks before the statement clean-up, for the record split. */
  raw: () => RawBlock[];
  symbol?: string;
  repairs: TextRepair[];
}

function readText(content: string, format: ImportFormat, file: { name: string; encoding: string } | null): Read {
  const { text, repairs } = repairMojibake(content);
  return {
    source: { format, name: file?.name ?? null, encoding: file?.encoding ?? null, pages: null },
    kept: { format, content },
    result: importStatement(text, format),
    raw: () => readSource(text, format).blocks,
    repairs,
  };
}

async function readFile(file: UploadedFile): Promise<Read> {
  const kind = sniffFile(file);
  if (kind === "pdf") {
    const pages = await readPdfPages(file.bytes);
    const layout = layoutPdf(pages);
    const result = importPdfLayout(layout);
    const content = layout.blocks.map((b) => b.text).join("\n\n");
    return {
      source: { format: "pdf", name: file.name, encoding: null, pages: pages.length },
      kept: { format: "pdf", content },
      result,
      raw: () => layout.blocks,
      symbol: layout.symbol,
      repairs: [],
    };
  }
  if (kind === "docx") {
    const html = await readDocx(file.bytes);
    return {
      source: { format: "docx", name: file.name, encoding: null, pages: null },
      kept: { format: "docx", content: html },
      result: importStatement(html, "html"),
      raw: () => readSource(html, "html").blocks,
      // A Word file stores Unicode: its text has no bytes to have been misread.
      repairs: [],
    };
  }
  const decoded = decodeTextBytes(file.bytes);
  if (!decoded) {
    throw new AppError("unsupported_file", `${file.name} is not text, a Word file (.docx) or a PDF: the import cannot read it`);
  }
  return readText(decoded.text, textFlavour(file, decoded.text), { name: file.name, encoding: decoded.encoding });
}

function edited(result: ImportResult, edits: readonly ImportEdit[]): ImportResult {
  try {
    return applyImportEdits(result, edits);
  } catch (e) {
    if (e instanceof ImportEditError) throw new AppError("invalid_edit", e.message, { edit: e.index });
    throw e;
  }
}

/**
 * Reads an import's source (pasted text or a file, its format found from its content) into a statement's paragraphs
 * with the preview's edits applied, and, when asked, a meeting record's speaker turns. CPU-bound: a work-pool task.
 */
export async function readImport(input: ReadImportInput): Promise<ImportReading> {
  const read = input.file ? await readFile(input.file) : readText(input.text!.content, input.text!.format, null);
  // Every import looks for a record (it costs little): one imported whole reads as one, its cover out of the text.
  const record = splitRecord(read.raw(), { symbol: read.symbol });
  const result = edited(record ? recordAsOneStatement(record, read.result) : read.result, input.edits ?? []);
  const hasParagraph = result.blocks.some((b) => b.kind === "paragraph");
  if (!hasParagraph && !record) {
    throw new AppError("invalid_content", "the text holds no paragraphs to import", { dropped: result.dropped });
  }
  if (read.symbol && !result.metadata.meetingSymbol) result.metadata.meetingSymbol = read.symbol;
  return {
    source: read.source,
    kept: read.kept,
    statement: hasParagraph ? finishReading(result) : null,
    repairs: read.repairs,
    footnotes: result.footnotes ?? [],
    record: input.record ? record : null,
  };
}
