import type { Node as PmNode } from "@tiptap/pm/model";
import { selectedSpan } from "@verbatim/core";
import type { TargetDraft } from "../annotations/index.ts";
import { indexBlocks, pointAt } from "./block-index.ts";

/**
 * Maps a ProseMirror selection (`from` < `to`, positions in a document built by statementToDoc) to a target and
 * quote in canonical terms, exactly as the server will store them: core's selectedSpan trims the span of white
 * space and reads the quote, the counterpart of the server's resolveTarget. Null when the span holds nothing
 * but white space. Highlights are painted outside the document, so they never shift these positions.
 */
export function selectionToTarget(doc: PmNode, from: number, to: number): TargetDraft | null {
  if (from >= to) return null;
  const index = indexBlocks(doc);
  const start = pointAt(index, from, "start");
  const end = pointAt(index, to, "end");
  return start && end ? selectedSpan(index.blocks, start, end) : null;
}
