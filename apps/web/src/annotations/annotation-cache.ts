import type { Annotation } from "@verbatim/contract";

/**
 * Pure updates of the cached list of a statement's annotations. Each returns the list it was given when nothing
 * changes, and `undefined` while the list is not loaded yet, so a mutation never invents a partial list.
 */
type List = Annotation[] | undefined;

export function findAnnotation(list: readonly Annotation[] | undefined, id: string): Annotation | undefined {
  return list?.find((a) => a.id === id);
}

/** Adds the annotation, or replaces the one with its ID. */
export function upsertAnnotation(list: List, annotation: Annotation): List {
  if (!list) return list;
  const index = list.findIndex((a) => a.id === annotation.id);
  if (index === -1) return [...list, annotation];
  if (list[index] === annotation) return list;
  const next = [...list];
  next[index] = annotation;
  return next;
}

/** Puts `annotation` where `id` was (an optimistic entry becoming the server's), or adds it if `id` is gone. */
export function replaceAnnotation(list: List, id: string, annotation: Annotation): List {
  if (!list) return list;
  const index = list.findIndex((a) => a.id === id);
  if (index === -1) return upsertAnnotation(list, annotation);
  const next = list.filter((a, i) => i === index || a.id !== annotation.id);
  next[next.findIndex((a) => a.id === id)] = annotation;
  return next;
}

/** Replaces the annotation with its ID if the list still has it; one deleted meanwhile stays deleted. */
export function refreshAnnotation(list: List, annotation: Annotation): List {
  return findAnnotation(list, annotation.id) ? upsertAnnotation(list, annotation) : list;
}

export function removeAnnotation(list: List, id: string): List {
  if (!list || !list.some((a) => a.id === id)) return list;
  return list.filter((a) => a.id !== id);
}

/**
 * Undoes an optimistic change, but only if the cache still shows that change (not a newer one from elsewhere).
 * Compared by version and time, not identity: the query cache copies what it stores (structural sharing).
 */
export function rollbackAnnotation(list: List, optimistic: Annotation, previous: Annotation | undefined): List {
  const shown = findAnnotation(list, optimistic.id);
  if (!shown || shown.version !== optimistic.version || shown.updatedAt !== optimistic.updatedAt) return list;
  return previous ? upsertAnnotation(list, previous) : removeAnnotation(list, optimistic.id);
}
