export type BlockKind = "paragraph" | "heading";

/** A block of a statement's current revision, with its canonical ID (p7, h2). */
export interface CanonicalBlock {
  id: string;
  kind: BlockKind;
  /** Display number (¶) for paragraphs, in reading order from 1; null for headings. */
  number: number | null;
  /** Heading level (1–6) for headings. */
  level?: number;
  /** Canonical ID of the heading the block falls under, if any. */
  section: string | null;
  text: string;
}
