export { HighlightLegend } from "./highlight-legend.tsx";
export { selectionToTarget } from "./selection-to-target.ts";
export { StatementHeader } from "./statement-header.tsx";
export { StatementReader, type StatementReaderHandle, type StatementReaderProps } from "./statement-reader.tsx";
export { statementToDoc } from "./statement-doc.ts";
export { kindLabel, TAG_KINDS } from "./tag-kinds.ts";
export { TagPopover } from "./tag-popover.tsx";
export type { TargetDraft } from "../annotations/index.ts";
export type { Reveal } from "./use-reveal.ts";
