export type { AnchoredBy } from "./anchor-read-target.ts";
export {
  fromW3cAnnotation,
  type FromW3cOptions,
  type ParsedW3cAnnotation,
  type W3cParseError,
  type W3cParseErrorCode,
} from "./from-w3c-annotation.ts";
export { crossReferenceFromIri, crossReferenceIri, instrumentIri, statementIri, statementSlugFromIri, undocsIri } from "./link-target.ts";
export { tiptapToHtml } from "./tiptap-html.ts";
export { toW3cAnnotation, toW3cEmbeddedAnnotation, type ToW3cOptions } from "./to-w3c-annotation.ts";
export { toW3cCollection, type W3cCollection, type W3cPage } from "./to-w3c-collection.ts";
export { ANNO_CONTEXT, ANNOTATION_CONTEXT, FRAGMENT_CONFORMS_TO, VERBATIM_CONTEXT, VERBATIM_NS } from "./vocabulary.ts";
export type * from "./w3c-types.ts";
