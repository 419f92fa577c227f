import type { AnnotationKind } from "@verbatim/core";
import { type KeyPress, keyLabel, matchesShortcut, READER_SHORTCUTS, type Shortcut } from "../keyboard/index.ts";

export interface TagKind {
  kind: AnnotationKind;
  label: string;
  /** The key that tags the selection with this kind while the reader has focus. */
  shortcut: Shortcut;
  /** The key as shown on the toolbar's button. */
  key: string;
}

const tagKind = (kind: AnnotationKind, label: string, shortcut: Shortcut): TagKind => ({
  kind,
  label,
  shortcut,
  key: keyLabel(shortcut.keys[0] ?? ""),
});

/** The toolbar's choices in their order; the keys follow it. */
export const TAG_KINDS: readonly TagKind[] = [
  tagKind("position", "Position", READER_SHORTCUTS.tagPosition),
  tagKind("commitment", "Commitment", READER_SHORTCUTS.tagCommitment),
  tagKind("cross-reference", "Cross-reference", READER_SHORTCUTS.tagCrossReference),
];

export const tagKindFor = (press: KeyPress): TagKind | undefined => TAG_KINDS.find((t) => matchesShortcut(t.shortcut, press));

export const kindLabel = (kind: string): string => TAG_KINDS.find((t) => t.kind === kind)?.label ?? kind;
