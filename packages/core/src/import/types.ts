export type ImportFormat = "text" | "markdown" | "html";

export interface ImportedBlock {
  kind: "heading" | "paragraph";
  text: string;
  /** Heading level (1–6); set only for headings. */
  level?: number;
}

export type DropReason =
  | "navigation"
  | "footer"
  | "share"
  | "front-matter"
  | "unread-front-matter"
  | "separator"
  | "metadata"
  | "invalid-metadata"
  | "empty"
  | "more";

export interface DroppedLine {
  text: string;
  reason: DropReason;
}

export interface MetadataHints {
  title?: string;
  speaker?: string;
  delegation?: string;
  onBehalfOf?: string;
  forum?: string;
  place?: string;
  /** ISO yyyy-mm-dd. */
  date?: string;
  language?: string;
  sourceUrl?: string;
}

export interface ImportResult {
  blocks: ImportedBlock[];
  metadata: MetadataHints;
  dropped: DroppedLine[];
}

/**
 * A block before clean-up: its text may still hold "\n" where the source broke
 * a line, which preamble parsing reads and normaliseText later folds away.
 */
export interface RawBlock {
  kind: "heading" | "paragraph";
  text: string;
  level?: number;
}

/** What a format reader hands to the shared clean-up. */
export interface ReadResult {
  blocks: RawBlock[];
  /** From front matter: it wins over what the preamble suggests. */
  metadata: MetadataHints;
  /** What the reader dropped before the first block (front matter), in order. */
  droppedBefore: DroppedLine[];
}
