import { ANNOTATION_KINDS, type AnnotationKind } from "@verbatim/core";

export interface CompareParams {
  /** The annotators chosen, in the order they were picked. */
  authors: string[];
  /** Empty: every kind. */
  kinds: AnnotationKind[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const list = (value: string | null): string[] =>
  (value ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter((v) => v !== "");

/** `?authors=uuid,uuid&kind=position`; anything malformed is dropped rather than sent to the API to be refused. */
export function readCompareParams(params: URLSearchParams): CompareParams {
  const authors = [...new Set(list(params.get("authors")).filter((id) => UUID.test(id)))];
  const kinds = ANNOTATION_KINDS.filter((kind) => list(params.get("kind")).includes(kind));
  return { authors, kinds };
}

export function writeCompareParams(params: URLSearchParams, next: Partial<CompareParams>): URLSearchParams {
  const out = new URLSearchParams(params);
  const set = (key: string, values: readonly string[] | undefined) => {
    if (values === undefined) return;
    if (values.length > 0) out.set(key, values.join(","));
    else out.delete(key);
  };
  set("authors", next.authors);
  // Every kind ticked is the same as none: no filter.
  if (next.kinds) set("kind", next.kinds.length < ANNOTATION_KINDS.length ? next.kinds : []);
  return out;
}
