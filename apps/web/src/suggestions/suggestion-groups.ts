import { ANNOTATION_KINDS, type AnnotationKind } from "@verbatim/core";

const PLURALS: Record<AnnotationKind, [string, string]> = {
  position: ["position", "positions"],
  commitment: ["commitment", "commitments"],
  "cross-reference": ["cross-reference", "cross-references"],
};

/** "1 position", "3 cross-references". */
export const countOf = (n: number, kind: AnnotationKind): string => `${n} ${PLURALS[kind][n === 1 ? 0 : 1]}`;

export interface SuggestionGroup<T> {
  kind: AnnotationKind;
  items: T[];
}

/** The suggestions by kind, in the kinds' usual order, each group keeping the given order; empty kinds left out. */
export function groupByKind<T extends { kind: AnnotationKind }>(items: readonly T[]): SuggestionGroup<T>[] {
  const byKind = new Map<AnnotationKind, T[]>();
  for (const item of items) {
    const group = byKind.get(item.kind);
    if (group) group.push(item);
    else byKind.set(item.kind, [item]);
  }
  return ANNOTATION_KINDS.flatMap((kind) => {
    const group = byKind.get(kind);
    return group ? [{ kind, items: group }] : [];
  });
}
