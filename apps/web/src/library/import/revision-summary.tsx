import type { AnchoringCounts, BlockChange } from "@verbatim/contract";
import { anchoringSentence, changesSentence, countChanges } from "../../lib/revision-wording.ts";

/** What a revision does: its paragraphs' and headings' fates, and where the tags land (the reader's wording). */
export function RevisionSummary({ changes, anchoring }: { changes: readonly BlockChange[]; anchoring: AnchoringCounts }) {
  return (
    <dl className="revision-summary">
      <dt>Paragraphs</dt>
      <dd>{changesSentence(countChanges(changes), { unchanged: true })}</dd>
      <dt>Tags</dt>
      <dd>{anchoringSentence(anchoring)}</dd>
    </dl>
  );
}
