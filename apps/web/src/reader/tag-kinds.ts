import type { AnnotationKind } from "@verbatim/core";

export interface TagKind {
  kind: AnnotationKind;
  label: string;
  /** The key that tags the selection with this kind while the reader has focus. */
  key: string;
}

/** The toolbar's choices in their order; the keys follow it. */
export const TAG_KINDS: readonly TagKind[] = [
  { kind: "position", label: "Position", key: "1" },
  { kind: "commitment", label: "Commitment", key: "2" },
  { kind: "cross-reference", label: "Cross-reference", key: "3" },
];

export const tagKindForKey = (key: string): TagKind | undefined => TAG_KINDS.find((t) => t.key === key);

export const kindLabel = (kind: string): string => TAG_KINDS.find((t) => t.kind === kind)?.label ?? kind;
