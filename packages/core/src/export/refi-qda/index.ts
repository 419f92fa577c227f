// REFI-QDA exchange (ATLAS.ti, MAXQDA, NVivo, QualCoder): the codebook as .qdc, a project as .qdpx, a .qdc read back.
export { NOT_CARRIED, projectToQde, type RefiProject } from "./project-qde.ts";
export { codebookToQdc } from "./qdc.ts";
export { qdpxFiles } from "./qdpx-files.ts";
export { type ImportedCode, MAX_QDC_CHARS, MAX_QDC_CODES, MAX_QDC_DEPTH, type QdcError, type QdcErrorCode, readQdc } from "./read-qdc.ts";
export type {
  AnnotationCode as RefiAnnotationCode,
  CodebookCode as RefiCodebookCode,
  RefiAnnotation,
  RefiParagraph,
  RefiProjectInput,
  RefiStatement,
} from "./types.ts";
