import { ANNOTATION_KINDS, type AnnotationKind } from "@verbatim/core";

/** The review queue's filters, as kept in the page's URL (`/review?statement=…&author=…&kind=…&label=…&assigned=me`). */
export interface QueueFilters {
  statement: string;
  author: string;
  kind: AnnotationKind | "";
  label: string;
  /** `me`: only statements the reviewer is assigned to review. */
  assigned: "me" | "";
}

const isKind = (v: string): v is AnnotationKind => (ANNOTATION_KINDS as readonly string[]).includes(v);

export function readQueueFilters(params: URLSearchParams): QueueFilters {
  const kind = params.get("kind") ?? "";
  return {
    statement: params.get("statement") ?? "",
    author: params.get("author") ?? "",
    kind: isKind(kind) ? kind : "",
    label: params.get("label")?.trim() ?? "",
    assigned: params.get("assigned") === "me" ? "me" : "",
  };
}

/** The params with these filters set; empty ones are dropped, other params are kept. */
export function writeQueueFilters(params: URLSearchParams, next: Partial<QueueFilters>): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const [name, value] of Object.entries(next)) {
    if (value) out.set(name, value);
    else out.delete(name);
  }
  return out;
}

/** The API query for the filters: empty ones are left out. */
export function queueQuery(f: QueueFilters): Record<string, string> {
  const { assigned, ...rest } = f;
  const query = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== ""));
  return assigned === "me" ? { ...query, assignedToMe: "true" } : query;
}
