export { importStatement, readSource } from "./import-statement.ts";
export { splitHtmlFootnotes } from "./html-footnotes.ts";
export * from "./decode/index.ts";
export * from "./edits/index.ts";
export * from "./import-limits.ts";
export * from "./pdf/index.ts";
export { normaliseText } from "./normalise-text.ts";
export * from "./record/index.ts";
export type {
  DeliveryNote,
  DroppedLine,
  DropReason,
  Footnote,
  ImportedBlock,
  ImportFormat,
  ImportResult,
  MetadataHints,
  RawBlock,
  ReadResult,
  TextRepair,
} from "./types.ts";
