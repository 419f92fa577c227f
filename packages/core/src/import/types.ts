export type ImportFormat = "text" | "markdown" | "html";

export interface ImportedBlock {
  kind: "heading" | "paragraph";
  text: string;
  /** Heading level (1–6); set only for headings. */
  level?: number;
  /** The page the block starts on, for a source with pages (PDF): the record's pages a statement cites. */
  page?: number;
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
  | "more"
  // What a page puts around the text (PDF): kept in the import record, never a paragraph.
  | "running-header"
  | "running-footer"
  | "page-number"
  | "document-symbol"
  | "job-number"
  | "line-number"
  | "footnote"
  // Verbatim records: the lines between speakers ("The meeting was called to order at 10.05 a.m.").
  | "procedural"
  // The analyst dropped it in the preview.
  | "edited";

export interface DroppedLine {
  text: string;
  reason: DropReason;
  /** The page it was on, for a source with pages. */
  page?: number;
  /** It came after the text (a footer, a closing line): put back as a paragraph, it goes at the end. */
  after?: boolean;
}

/** "Check against delivery" or "As delivered": whether the text is the one spoken. */
export type DeliveryNote = "check-against-delivery" | "as-delivered";

/** A footnote, kept in the import record: its mark as printed ("1", "*") and its text. */
export interface Footnote {
  mark: string;
  text: string;
  page?: number;
}

/** A line whose mojibake was repaired ("AfricaÃ­s" → "Africa's"), for the preview to say so. */
export interface TextRepair {
  /** 1-based line of the decoded text. */
  line: number;
  before: string;
  after: string;
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
  /** A UN document symbol: "S/PV.9500", "A/78/PV.5", "E/CN.15/2023/L.5". */
  meetingSymbol?: string;
  /** The speaker's role line: "Alternate Representative for Special Political Affairs". */
  role?: string;
  delivery?: DeliveryNote;
}

export interface ImportResult {
  blocks: ImportedBlock[];
  metadata: MetadataHints;
  dropped: DroppedLine[];
  /** Footnotes a Word file or PDF held, out of the paragraphs. */
  footnotes?: Footnote[];
}

/**
 * A block before clean-up: its text may still hold "\n" where the source broke
 * a line, which preamble parsing reads and normaliseText later folds away.
 */
export interface RawBlock {
  kind: "heading" | "paragraph";
  text: string;
  level?: number;
  page?: number;
}

/** What a format reader hands to the shared clean-up. */
export interface ReadResult {
  blocks: RawBlock[];
  /** From front matter: it wins over what the preamble suggests. */
  metadata: MetadataHints;
  /** What the reader dropped before the first block (front matter), in order. */
  droppedBefore: DroppedLine[];
  /** Footnotes the reader set apart (Word, PDF). */
  footnotes?: Footnote[];
}
