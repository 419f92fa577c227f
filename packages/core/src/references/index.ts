export { classifyCrossReferenceTarget, type CrossReferenceTargetType } from "./classify-cross-reference-target.ts";
export { isHttpUrl } from "./http-url.ts";
export { formatStatementParagraphRef, parseStatementParagraphRef, type StatementParagraphRef } from "./statement-paragraph-ref.ts";
export { isUnDocumentSymbol } from "./un-symbol.ts";
