export { importStatement } from "./import-statement.ts";
export * from "./import-limits.ts";
export { normaliseText } from "./normalise-text.ts";
export type { DroppedLine, ImportedBlock, ImportFormat, ImportResult, MetadataHints } from "./types.ts";
