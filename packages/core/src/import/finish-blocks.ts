import { stripEdgeBlocks } from "./edge-blocks.ts";
import { promoteHeadings } from "./heading-detect.ts";
import { MAX_DROPPED_LINES } from "./import-limits.ts";
import { joinBrokenParagraphs } from "./join-broken.ts";
import { normaliseText } from "./normalise-text.ts";
import { extractPreamble, mergeHints } from "./preamble.ts";
import { isSeparator } from "./separator.ts";
import type { DroppedLine, ImportedBlock, ImportResult, RawBlock, ReadResult } from "./types.ts";

export interface FinishOptions {
  /** Turn stand-alone title-like lines into headings (text and Markdown, where headings may be unmarked). */
  promoteHeadings: boolean;
}

/** The dropped lines as the record lists them: the first MAX_DROPPED_LINES, then one line counting the rest. */
function listed(dropped: DroppedLine[]): DroppedLine[] {
  if (dropped.length <= MAX_DROPPED_LINES) return dropped;
  const more = dropped.length - MAX_DROPPED_LINES;
  return [...dropped.slice(0, MAX_DROPPED_LINES), { text: `${more.toLocaleString("en")} more lines, not listed`, reason: "more" }];
}

function toImported(block: RawBlock): ImportedBlock {
  const text = normaliseText(block.text);
  const imported: ImportedBlock =
    block.kind === "heading" ? { kind: "heading", text, level: block.level ?? 2 } : { kind: "paragraph", text };
  if (block.page !== undefined) imported.page = block.page;
  return imported;
}

/**
 * The clean-up every format shares, in order: empty blocks and separators out,
 * boilerplate off the edges, the preamble into metadata, broken paragraphs
 * joined, unmarked headings found, text normalised. `dropped` lists front
 * matter, boilerplate at the top, the preamble, separators and empty blocks,
 * then boilerplate at the bottom.
 */
export function finishBlocks(read: ReadResult, options: FinishOptions): ImportResult {
  const middle: DroppedLine[] = [];
  const content = read.blocks.filter((block) => {
    const flat = normaliseText(block.text);
    if (flat === "") middle.push({ text: block.text, reason: "empty" });
    else if (isSeparator(flat)) middle.push({ text: flat, reason: "separator" });
    else return true;
    return false;
  });
  const edges = stripEdgeBlocks(content);
  const preamble = extractPreamble(edges.kept);
  const joined = joinBrokenParagraphs(preamble.blocks);
  const blocks = (options.promoteHeadings ? promoteHeadings(joined) : joined).map(toImported);
  return {
    blocks,
    metadata: mergeHints(read.metadata, preamble.metadata),
    dropped: listed([
      ...read.droppedBefore,
      ...edges.top,
      ...preamble.dropped,
      ...middle,
      ...edges.bottom.map((line) => ({ ...line, after: true })),
    ]),
    ...(read.footnotes?.length ? { footnotes: read.footnotes } : {}),
  };
}
