import type { TextTarget } from "../model/annotation.ts";
import type { Expected } from "./placement-candidate.ts";
import type { RevisionText } from "./revision-text.ts";

/** For each old ID, the new IDs its text went to (alignRevision's `successors`). */
export type Successors = Readonly<Record<string, readonly string[]>>;

/** The stretch of the joined text where an annotation's words went: its paragraphs' successors, first to last. */
export interface Region {
  from: number;
  to: number;
  expected: Expected;
}

/** An ID missing from `successors` stands for itself when the revision still has it. */
export const successorsOf = (id: string, successors: Successors, text: RevisionText): readonly string[] =>
  successors[id] ?? (text.indexOf(id) === -1 ? [] : [id]);

/**
 * The blocks an annotation's start and end paragraphs went to (the paragraph itself, the parts of its
 * split, the paragraph it was merged into), as one range of the joined text; null when all were deleted.
 * The old offset is expected in the first successor, or in the paragraph itself when it survives.
 */
export function regionOf(target: TextTarget, successors: Successors, text: RevisionText): Region | null {
  const startIds = successorsOf(target.paragraphId, successors, text);
  const endIds = target.endParagraphId === undefined ? [] : successorsOf(target.endParagraphId, successors, text);
  const indexes = [...startIds, ...endIds].map((id) => text.indexOf(id)).filter((i) => i !== -1);
  if (indexes.length === 0) return null;
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  const from = text.starts[first]!;
  const to = text.starts[last]! + text.blocks[last]!.text.length;
  const home = startIds.includes(target.paragraphId) ? target.paragraphId : startIds[0];
  const homeIndex = home === undefined ? -1 : text.indexOf(home);
  const at = homeIndex === -1 ? null : Math.min(to, Math.max(from, text.starts[homeIndex]! + target.start));
  return { from, to, expected: { at, scale: Math.max(1, to - from) } };
}
