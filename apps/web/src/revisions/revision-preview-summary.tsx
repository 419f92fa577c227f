import { useId } from "react";
import type { RevisionPreview } from "../queries/use-revision-preview.ts";
import { anchoringSentence, changesSentence, countChanges } from "../lib/revision-wording.ts";

/** What the previewed revision would do: its number and note, the fate of its paragraphs and where the tags land. */
export function RevisionPreviewSummary({ preview, note }: { preview: RevisionPreview; note: string }) {
  const headingId = useId();
  const dropped = preview.dropped.length;
  return (
    <section className="revision-preview" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Revision {preview.number}
        {note ? ` (${note})` : ""}
      </h3>
      <dl className="revision-summary">
        <dt>Paragraphs</dt>
        <dd>{changesSentence(countChanges(preview.changes), { unchanged: true })}</dd>
        <dt>Tags</dt>
        <dd>{anchoringSentence(preview.anchoring)}</dd>
        {dropped > 0 && (
          <>
            <dt>Left out</dt>
            <dd>
              {dropped} {dropped === 1 ? "line" : "lines"} of page clutter
            </dd>
          </>
        )}
      </dl>
      <p className="field-hint">Earlier revisions stay readable; the statement keeps its title, details and link.</p>
    </section>
  );
}
