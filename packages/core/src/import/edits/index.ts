export { applyImportEdits } from "./apply-edits.ts";
export { type ImportEdit, ImportEditError, type LineRole, MAX_IMPORT_EDITS } from "./import-edit.ts";
