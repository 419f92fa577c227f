import type { BlockKind, CanonicalBlock } from "../model/block.ts";
import { assignCanonicalIds } from "../paragraphs/assign-canonical-ids.ts";
import { alignSequence } from "./align-sequence.ts";
import { type IdOutcome, idsAndChanges, type KindAlignment } from "./revision-changes.ts";
import { sectionSimilarity, sectionsOf } from "./section-similarity.ts";
import { profiler, textSimilarity } from "./text-profile.ts";
import type { IdCounters, ImportedBlock, PreviousBlock, RevisionAlignment } from "./types.ts";

const positionsOf = (blocks: readonly { kind: BlockKind }[], kind: BlockKind): number[] =>
  blocks.flatMap((block, i) => (block.kind === kind ? [i] : []));

/**
 * Gives a new revision's blocks IDs that follow their text (DESIGN.md, canonical paragraph IDs): an
 * unchanged, edited, moved or encoding-repaired block keeps its ID, a split's first part keeps it and
 * a merge keeps the first; inserted blocks and the other parts take never-used numbers from
 * `counters`, and deleted or merged-away IDs are retired. Headings align apart, with their own IDs.
 */
export function alignRevision(
  previous: readonly PreviousBlock[],
  imported: readonly ImportedBlock[],
  counters: IdCounters,
): RevisionAlignment {
  const { profile, joined: join } = profiler();
  const oldProfiles = previous.map((block) => profile(block.text));
  const newProfiles = imported.map((block) => profile(block.text));
  const view = (kind: BlockKind) => {
    const oldAt = positionsOf(previous, kind);
    const newAt = positionsOf(imported, kind);
    return { oldAt, newAt, old: oldAt.map((i) => oldProfiles[i]!), new: newAt.map((j) => newProfiles[j]!) };
  };
  const p = view("paragraph");
  const paragraphs = alignSequence({ ...p, join, splits: true, similarity: (i, j) => textSimilarity(p.old[i]!, p.new[j]!) });
  // A renamed heading is known by its section: the paragraphs under it that kept their IDs.
  const sections = sectionSimilarity(sectionsOf(previous.map((b) => b.kind)), sectionsOf(imported.map((b) => b.kind)), paragraphs.links);
  const h = view("heading");
  const headings = alignSequence({
    ...h,
    join,
    splits: false,
    similarity: (i, j) => Math.max(textSimilarity(h.old[i]!, h.new[j]!), sections(i, j)),
  });
  const aligned: KindAlignment[] = [
    { kind: "paragraph", alignment: paragraphs, oldAt: p.oldAt, newAt: p.newAt },
    { kind: "heading", alignment: headings, oldAt: h.oldAt, newAt: h.newAt },
  ];
  const outcome = idsAndChanges(previous, imported, aligned, counters);
  return {
    blocks: withIds(imported, outcome),
    changes: outcome.changes,
    successors: outcome.successors,
    nextParagraph: outcome.nextParagraph,
    nextHeading: outcome.nextHeading,
  };
}

/** assignCanonicalIds' display numbers and sections, with its fresh IDs swapped for the aligned ones. */
function withIds(imported: readonly ImportedBlock[], outcome: IdOutcome): CanonicalBlock[] {
  const fresh = assignCanonicalIds(imported).blocks;
  const aligned = new Map(fresh.map((block, n) => [block.id, outcome.ids[n]!]));
  return fresh.map((block) => ({ ...block, id: aligned.get(block.id)!, section: block.section && aligned.get(block.section)! }));
}
