import { findKnownGroup } from "../statements/known-groups.ts";
import { normaliseText } from "./normalise-text.ts";
import { classifyPreambleLine } from "./preamble-line.ts";
import type { DroppedLine, MetadataHints, RawBlock } from "./types.ts";

export interface PreambleSplit {
  blocks: RawBlock[];
  metadata: MetadataHints;
  dropped: DroppedLine[];
}

/** Adds the hints the metadata does not have yet: the first line to give a field wins. */
export function mergeHints(into: MetadataHints, from: MetadataHints): MetadataHints {
  const merged: Record<string, string | undefined> = { ...into };
  for (const [key, value] of Object.entries(from) as [string, string | undefined][]) {
    if (value && !merged[key]) merged[key] = value;
  }
  return merged as MetadataHints;
}

/** "I have the honour to speak on behalf of the Asia Pacific Group" in the opening paragraphs. */
function groupInOpening(blocks: readonly RawBlock[]): string | undefined {
  for (const block of blocks.slice(0, 4)) {
    const behalf = /\bon behalf of (?:the )?([^,;.]+)/iu.exec(normaliseText(block.text));
    const group = behalf?.[1] ? findKnownGroup(behalf[1]) : null;
    if (group) return group.name;
  }
  return undefined;
}

/**
 * Removes the lines before the speech that only give its title, place, date or
 * speaker, offering what they say as metadata. The speech starts at the first
 * block that is not such a line (a salutation, a heading, a sentence).
 */
export function extractPreamble(blocks: readonly RawBlock[]): PreambleSplit {
  let metadata: MetadataHints = {};
  const dropped: DroppedLine[] = [];
  let start = 0;
  for (const block of blocks) {
    const hints = classifyPreambleLine(block.text);
    if (hints === null) break;
    metadata = mergeHints(metadata, hints);
    dropped.push({ text: normaliseText(block.text), reason: "metadata" });
    start += 1;
  }
  if (start === blocks.length) return { blocks: [...blocks], metadata: {}, dropped: [] };
  const speech = blocks.slice(start);
  const group = metadata.onBehalfOf ? undefined : groupInOpening(speech);
  if (group) metadata.onBehalfOf = group;
  return { blocks: speech, metadata, dropped };
}
