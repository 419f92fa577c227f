import { normaliseText } from "../normalise-text.ts";
import type { DropReason, RawBlock } from "../types.ts";
import { classifyLine } from "./record-lines.ts";
import { opensMarker, parseSpeakerMarker } from "./speaker-marker.ts";

/** A block as the splitter reads it: a paragraph, or a line of page furniture taken out of one. */
export type Piece = { block: RawBlock; furniture?: undefined } | { block: RawBlock; furniture: DropReason };

/** Furniture that may interrupt a paragraph mid-sentence where a page ends. */
const PAGE_FURNITURE = new Set<DropReason>(["job-number", "document-symbol", "running-header"]);

/** A line that ends a sentence, after which a new speaker or a procedural line may start within the same block. */
const ENDS_SENTENCE = /[.!?:;"”’)\]]\s*$/u;

/** Whether a line (with the next, when its brackets run on) starts a turn or a procedural line. */
function startsSomething(lines: readonly string[], i: number, flat: string): boolean {
  const line = lines[i] ?? "";
  const marked = opensMarker(flat) ? normaliseText(`${line} ${lines[i + 1] ?? ""}`) : flat;
  if (parseSpeakerMarker(marked) !== null) return true;
  return classifyLine(flat)?.kind === "break";
}

/**
 * Splits a block where a pasted record, or a PDF reader that joined lines, ran a new speaker or a
 * procedural line into the paragraph before, and takes page furniture out of it. Each line is read
 * once and only its first few hundred characters, so a block of 100,000 lines stays linear.
 */
export function piecesOf(block: RawBlock): Piece[] {
  if (block.kind !== "paragraph" || !block.text.includes("\n")) return [{ block }];
  const lines = block.text.split("\n");
  const pieces: Piece[] = [];
  let chunk: string[] = [];
  const flush = (): void => {
    if (chunk.length > 0) pieces.push({ block: { ...block, text: chunk.join("\n") } });
    chunk = [];
  };
  let previous = "";
  // After a procedural line come lines that end without a full stop (a vote's list of members).
  let procedure = false;
  for (const [i, line] of lines.entries()) {
    const flat = normaliseText(line);
    const kind = classifyLine(flat);
    if (kind?.kind === "furniture" && PAGE_FURNITURE.has(kind.reason)) {
      pieces.push({ block: { ...block, text: flat }, furniture: kind.reason });
      continue;
    }
    const starts = i === 0 || (flat !== "" && (procedure || ENDS_SENTENCE.test(previous)) && startsSomething(lines, i, flat));
    if (starts) {
      flush();
      procedure = kind?.kind === "break";
    }
    chunk.push(line);
    if (flat !== "") previous = flat;
    // A procedural line that starts its piece is whole: what follows it is another piece.
    if (starts && kind?.kind === "break") flush();
  }
  flush();
  return pieces;
}
