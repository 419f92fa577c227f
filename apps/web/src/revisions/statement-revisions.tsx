import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { annotationsAsOfQuery, annotationsQuery } from "../annotations/annotation-query.ts";
import { revisionsQuery } from "../queries/use-revisions.ts";
import type { Statement } from "../queries/use-statement.ts";
import { AddRevisionDialog } from "./add-revision-dialog.tsx";
import { MissingBlockNotice } from "./missing-block-notice.tsx";
import { ReadOnlyNotice } from "./read-only-notice.tsx";
import { RevisedBanner } from "./revised-banner.tsx";
import { RevisionSwitcher } from "./revision-switcher.tsx";
import { countAnchorStates } from "./revision-text.ts";
import { useShownStatement } from "./use-shown-statement.ts";

/**
 * The reader header's part about revisions: the switcher (with more than one), "Add revision" for those who may,
 * then either the banner of a revised statement or, over an older revision, the read-only notice; and a word
 * when the URL's `#p7` is not in the shown text. The shown revision comes from the URL, as the reader's does.
 */
export function StatementRevisions({ statement }: { statement: Statement }) {
  const { slug } = statement;
  const { shown, readOnly } = useShownStatement(slug);
  const revised = statement.revision > 1;
  const revisions = useQuery({ ...revisionsQuery(slug), enabled: revised });
  const annotations = useQuery(annotationsQuery(slug));
  const [adding, setAdding] = useState(false);
  const shownRevision = shown.data?.shownRevision ?? statement.revision;
  const states = useMemo(() => (annotations.data ? countAnchorStates(annotations.data) : null), [annotations.data]);
  const asOf = useQuery({ ...annotationsAsOfQuery(slug, shownRevision), enabled: readOnly && shownRevision > 0 });
  const tagsHere = readOnly ? (asOf.data?.length ?? null) : null;
  const latest = revisions.data?.find((r) => r.number === statement.revision);

  return (
    <div className="statement-revisions">
      {(revised || (statement.can.revise && !readOnly)) && (
        <div className="revision-bar">
          {revised && <RevisionSwitcher current={statement.revision} shown={shownRevision} />}
          {statement.can.revise && !readOnly && (
            <button type="button" className="button button-secondary" onClick={() => setAdding(true)}>
              Add revision
            </button>
          )}
        </div>
      )}
      {readOnly ? (
        <ReadOnlyNotice shown={shownRevision} current={statement.revision} tagsHere={tagsHere} />
      ) : (
        latest && <RevisedBanner slug={slug} revision={latest} states={states} />
      )}
      {shown.data && <MissingBlockNotice slug={slug} blocks={shown.data.paragraphs} shown={shownRevision} current={statement.revision} />}
      {adding && <AddRevisionDialog slug={slug} title={statement.title} shownRevision={shownRevision} onClose={() => setAdding(false)} />}
    </div>
  );
}
