import {
  type AnnotationToPlace,
  alignRevision,
  type BlockChange,
  type CanonicalBlock,
  type IdCounters,
  type ImportFormat,
  type Placement,
  type PlacementCounts,
  type PreviousBlock,
  reanchorRevision,
} from "@verbatim/core";
import type { ImportSource, SourceFormat } from "@verbatim/contract";
import type { z } from "zod";
import { AppError } from "../../http/app-error.ts";
import type { UploadedFile } from "../../http/multipart.ts";
import { readImport } from "../imports/read-import.ts";
import type { ReadStatement } from "../statements/read-statement.ts";

/** A revision's new text: pasted, read as an import reads text, or a file, read as a file import reads it. */
export type RevisionText = { text: { content: string; format: ImportFormat }; file?: undefined } | { file: UploadedFile; text?: undefined };

export type RevisionPlanInput = RevisionText & {
  /** The current revision's blocks, in reading order. */
  previous: PreviousBlock[];
  counters: IdCounters;
  /** Every annotation of the statement, with the target and quote it has now. */
  annotations: AnnotationToPlace[];
};

/** What a revision will store: its blocks with their IDs, every ID's fate, and where each annotation goes. */
export interface RevisionPlan {
  blocks: CanonicalBlock[];
  changes: BlockChange[];
  counters: IdCounters;
  placements: Placement[];
  counts: PlacementCounts;
  dropped: ReadStatement["dropped"];
  metadata: ReadStatement["metadata"];
  fingerprint: number[];
  /** What the revision keeps as its source: the pasted text, or what was read from the file (as an import keeps it). */
  kept: { format: SourceFormat; content: string };
  /** A file's source as the import report keeps it; null for pasted text. */
  source: z.infer<typeof ImportSource> | null;
}

/**
 * The text read exactly as an import reads it (readImport: mojibake repaired, a record read as one, a file by its
 * content), so a revision and the statement's first import never read the same text two ways.
 */
async function readRevision(input: RevisionText) {
  const reading = await readImport(input.file ? { file: input.file } : { text: input.text });
  return { read: reading.statement!, kept: reading.kept, source: input.file ? reading.source : null };
}

const sameText = (previous: readonly PreviousBlock[], blocks: readonly CanonicalBlock[]): boolean =>
  previous.length === blocks.length && previous.every((b, i) => b.kind === blocks[i]!.kind && b.text === blocks[i]!.text);

/**
 * Reads a revision's text as an import would, aligns its blocks with the current ones (IDs follow their words) and
 * finds every annotation again. CPU-bound, in the work pool. A text exactly the current one is 422 no_changes (the
 * exact text: a change of punctuation alone is still a revision, though alignment counts it unchanged).
 */
export async function planRevision(input: RevisionPlanInput): Promise<RevisionPlan> {
  const { read, kept, source } = await readRevision(input);
  const alignment = alignRevision(input.previous, read.paragraphs, input.counters);
  if (sameText(input.previous, alignment.blocks)) {
    throw new AppError("no_changes", "the text is the same as the current revision's");
  }
  const { placements, counts } = reanchorRevision(input.annotations, alignment.blocks, alignment.successors);
  return {
    blocks: alignment.blocks,
    changes: alignment.changes,
    counters: { nextParagraph: alignment.nextParagraph, nextHeading: alignment.nextHeading },
    placements,
    counts,
    dropped: read.dropped,
    metadata: read.metadata,
    fingerprint: read.fingerprint,
    kept,
    source,
  };
}
