export { findDocumentSymbol } from "./document-symbol.ts";
export type { MeetingRecord, RecordTurn } from "./record-types.ts";
export { MAX_RECORD_TURNS, splitRecord } from "./split-record.ts";
