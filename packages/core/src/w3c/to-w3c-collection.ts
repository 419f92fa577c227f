import { ANNOTATION_CONTEXT } from "./vocabulary.ts";
import type { W3cAnnotation, W3cEmbeddedAnnotation } from "./w3c-types.ts";

export interface W3cCollection {
  "@context": typeof ANNOTATION_CONTEXT;
  id: string;
  type: "AnnotationCollection";
  label?: string;
  total: number;
  first?: W3cPage;
}

/** partOf describes the collection as an object: the test suite's page MUSTs validate it so (model 5.2). */
export interface W3cPage {
  id: string;
  type: "AnnotationPage";
  partOf: { id: string; label?: string; total: number };
  startIndex: 0;
  items: W3cEmbeddedAnnotation[];
}

const pageId = (id: string): string => `${id}${id.includes("?") ? "&" : "?"}page=0`;

/**
 * An AnnotationCollection whose one embedded page holds every item (W3C model 5); the items leave
 * @context to the collection. An empty collection has no page.
 */
export function toW3cCollection(items: readonly W3cAnnotation[], opts: { id: string; label?: string | undefined }): W3cCollection {
  const embedded = items.map(({ "@context": _context, ...rest }) => rest);
  const about = { id: opts.id, ...(opts.label ? { label: opts.label } : {}), total: embedded.length };
  const collection: W3cCollection = { "@context": ANNOTATION_CONTEXT, ...about, type: "AnnotationCollection" };
  if (embedded.length > 0)
    collection.first = { id: pageId(opts.id), type: "AnnotationPage", partOf: about, startIndex: 0, items: embedded };
  return collection;
}
