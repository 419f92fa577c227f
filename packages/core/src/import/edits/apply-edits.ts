import { findDate } from "../date-hint.ts";
import { normaliseText } from "../normalise-text.ts";
import { parseSpeakerLine } from "../speaker-line.ts";
import type { DroppedLine, ImportedBlock, ImportResult, MetadataHints } from "../types.ts";
import { type ImportEdit, ImportEditError, type LineRole } from "./import-edit.ts";

type Field = Exclude<LineRole, "paragraph" | "heading" | "drop">;

/** What a line marked as a field tells: the date as ISO, a speaker line's name and delegation, else the line itself. */
function fieldHints(field: Field, text: string): MetadataHints | null {
  if (field === "date") {
    const iso = findDate(text)?.iso;
    return iso ? { date: iso } : null;
  }
  if (field === "speaker") {
    const { speaker, delegation } = parseSpeakerLine(text);
    return delegation ? { speaker, delegation } : { speaker };
  }
  return { [field]: text };
}

interface State {
  blocks: ImportedBlock[];
  dropped: DroppedLine[];
  metadata: MetadataHints;
  /** Dropped lines put back before the text so far: the next goes after them. */
  restoredBefore: number;
}

/** A line leaves the text: as metadata (the field it gives wins over what the reading found), or dropped by hand. */
function setAside(state: State, text: string, as: LineRole, index: number, page?: number): void {
  const at = page === undefined ? {} : { page };
  if (as === "drop") {
    state.dropped.push({ text, reason: "edited", ...at });
    return;
  }
  const hints = fieldHints(as as Field, text);
  if (!hints) throw new ImportEditError(index, `no date in "${text.slice(0, 80)}"`);
  state.metadata = { ...state.metadata, ...hints };
  state.dropped.push({ text, reason: "metadata", ...at });
}

function blockAt(state: State, block: number, index: number): ImportedBlock {
  const found = state.blocks[block];
  if (!found) throw new ImportEditError(index, `there is no block ${block}; the text has ${state.blocks.length}`);
  return found;
}

const asBlock = (text: string, as: "paragraph" | "heading", page?: number): ImportedBlock => ({
  kind: as,
  text,
  ...(as === "heading" ? { level: 2 } : {}),
  ...(page === undefined ? {} : { page }),
});

function apply(state: State, edit: ImportEdit, index: number): void {
  switch (edit.op) {
    case "mark": {
      const block = blockAt(state, edit.block, index);
      if (edit.as === "paragraph" || edit.as === "heading") {
        state.blocks[edit.block] = asBlock(block.text, edit.as, block.page);
        return;
      }
      state.blocks.splice(edit.block, 1);
      setAside(state, block.text, edit.as, index, block.page);
      return;
    }
    case "markDropped": {
      const line = state.dropped[edit.line];
      if (!line) throw new ImportEditError(index, `there is no dropped line ${edit.line}`);
      state.dropped.splice(edit.line, 1);
      if (edit.as === "paragraph" || edit.as === "heading") {
        // A line dropped after the text (a footer, a closing line) goes back after it; the others before it.
        const block = asBlock(line.text, edit.as, line.page);
        if (line.after) state.blocks.push(block);
        else state.blocks.splice(state.restoredBefore++, 0, block);
        return;
      }
      setAside(state, line.text, edit.as, index, line.page);
      return;
    }
    case "merge": {
      const block = blockAt(state, edit.block, index);
      const next = state.blocks[edit.block + 1];
      if (!next) throw new ImportEditError(index, `block ${edit.block} is the last: there is nothing to merge it with`);
      state.blocks.splice(edit.block, 2, { ...block, text: normaliseText(`${block.text} ${next.text}`) });
      return;
    }
    case "split": {
      const block = blockAt(state, edit.block, index);
      const head = normaliseText(block.text.slice(0, edit.at));
      const tail = normaliseText(block.text.slice(edit.at));
      if (head === "" || tail === "") throw new ImportEditError(index, `a split at ${edit.at} leaves an empty part`);
      // What follows the caret is text: a heading split in two is a heading and the paragraph after it.
      state.blocks.splice(edit.block, 1, { ...block, text: head }, asBlock(tail, "paragraph", block.page));
      return;
    }
  }
}

/**
 * Applies the preview's edits to a reading, in order. The preview and the import both run it on the same reading,
 * so what the preview shows is what is imported; the source text itself is never changed.
 */
export function applyImportEdits(result: ImportResult, edits: readonly ImportEdit[]): ImportResult {
  if (edits.length === 0) return result;
  const state: State = { blocks: [...result.blocks], dropped: [...result.dropped], metadata: { ...result.metadata }, restoredBefore: 0 };
  edits.forEach((edit, index) => apply(state, edit, index));
  return { ...result, blocks: state.blocks, dropped: state.dropped, metadata: state.metadata };
}
