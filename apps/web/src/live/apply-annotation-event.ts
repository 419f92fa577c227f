import type { Annotation, AnnotationEvent, CodebookChangeSummary, RecodedEvent } from "@verbatim/contract";
import { withCodeNames } from "@verbatim/core";
import { findAnnotation, removeAnnotation, replaceAnnotation, upsertAnnotation } from "../annotations/annotation-cache.ts";
import { isOptimisticId } from "../annotations/optimistic-annotation.ts";

type List = Annotation[] | undefined;

export interface Applied {
  list: List;
  /** The user's own unsaved annotation that the event turned out to be: its temporary ID and the saved one. */
  adopted: { optimisticId: string; id: string } | null;
}

const sameSpan = (a: Annotation, b: Annotation) =>
  a.kind === b.kind &&
  a.target.paragraphId === b.target.paragraphId &&
  a.target.start === b.target.start &&
  a.target.end === b.target.end &&
  (a.target.endParagraphId ?? null) === (b.target.endParagraphId ?? null);

/**
 * A change from the event stream applied to the cached list. Versions decide: a copy the list already holds at
 * the same or a later version (the user's own optimistic edit, or a reply that came first) is kept, so the echo
 * of the user's own changes does nothing. The echo of their own create arrives before its reply at times: it
 * then takes the place of the unsaved annotation rather than showing twice.
 */
export function applyAnnotationEvent(list: List, event: AnnotationEvent, selfId: string | null): Applied {
  const unchanged = { list, adopted: null };
  if (!list) return unchanged;
  const shown = findAnnotation(list, event.annotation.id);
  if (event.type === "annotation.deleted") {
    // A copy newer than the deletion (restored since) stays.
    if (!shown || shown.version > event.annotation.version) return unchanged;
    return { list: removeAnnotation(list, shown.id), adopted: null };
  }
  const incoming = event.annotation;
  if (shown) return shown.version >= incoming.version ? unchanged : { list: upsertAnnotation(list, incoming), adopted: null };
  if (event.type === "annotation.created" && event.actorId === selfId) {
    const pending = list.find((a) => isOptimisticId(a.id) && a.author.id === selfId && sameSpan(a, incoming));
    if (pending) return { list: replaceAnnotation(list, pending.id, incoming), adopted: { optimisticId: pending.id, id: incoming.id } };
  }
  return { list: upsertAnnotation(list, incoming), adopted: null };
}

/**
 * Whether a codebook operation's event leaves the list behind: it holds one of the annotations at an older version.
 * The event names only versions (one operation may touch thousands), so the list is then loaded again.
 */
export function isBehindRecoded(list: List, event: RecodedEvent): boolean {
  if (!list) return false;
  return event.annotations.some((change) => {
    const shown = findAnnotation(list, change.id);
    return shown !== undefined && shown.version < change.version;
  });
}

/**
 * A code renamed: every annotation shown with it gives the new name, in `codes` and in the labels or topics read from
 * them (core's withCodeNames). Annotations keep their versions: a rename changes the code, not them.
 */
export function applyCodeRenamed(list: List, code: NonNullable<CodebookChangeSummary["code"]>): List {
  if (!list?.some((a) => a.codes.some((c) => c.id === code.id))) return list;
  return list.map((a) => {
    if (!a.codes.some((c) => c.id === code.id)) return a;
    const codes = a.codes.map((c) => (c.id === code.id ? { ...c, name: code.name } : c));
    const { attributes, labels } = withCodeNames(a.kind, a.attributes, codes);
    return { ...a, attributes, labels, codes } as Annotation;
  });
}
