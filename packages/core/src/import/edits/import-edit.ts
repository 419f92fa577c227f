/** What a line can be made in the preview: a metadata field, a paragraph or heading of the text, or nothing. */
export type LineRole = "title" | "speaker" | "delegation" | "date" | "forum" | "paragraph" | "heading" | "drop";

/**
 * One change an analyst makes in the import preview. Edits apply in order, each to the result the ones before it
 * left; `block` counts the result's blocks (headings and paragraphs) from 0, `line` its dropped lines.
 */
export type ImportEdit =
  | { op: "mark"; block: number; as: LineRole }
  | { op: "markDropped"; line: number; as: LineRole }
  | { op: "merge"; block: number }
  | { op: "split"; block: number; at: number };

/** The most edits one import carries: more is not an analyst's preview but a script. */
export const MAX_IMPORT_EDITS = 500;

/** An edit that does not fit the result it applies to (a block past the end, a split at an edge). */
export class ImportEditError extends Error {
  constructor(
    readonly index: number,
    message: string,
  ) {
    super(message);
  }
}
