import type { ExportFormat } from "@verbatim/contract";

/** Formats whose file is not a selection of annotations (the codebook): the filters' count does not limit them. */
export const WHOLE_WORKSPACE_FORMATS: ReadonlySet<ExportFormat> = new Set(["qdc"]);
/** Formats without citations: a W3C annotation, a REFI-QDA selection, a codebook. */
export const UNCITED_FORMATS: ReadonlySet<ExportFormat> = new Set(["w3c", "qdpx", "qdc"]);
