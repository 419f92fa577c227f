import type { AnnotationKind } from "@verbatim/core";
import { useCallback, useDeferredValue, useMemo, useRef, useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { isApiError } from "../api/api-error.ts";
import { AnnotationForm, AnnotationPanel, resolveAnnotationId, useAfterFirstPaint, useAnnotations } from "../annotations/index.ts";
import { AssignButton } from "../assignments/assign-button.tsx";
import { ErrorAlert } from "../components/error-alert.tsx";
import { DISCUSSION_PARAM } from "../discussion/annotation-discussion.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { useSession } from "../components/session-context.ts";
import { ExportButton } from "../export/export-button.tsx";
import { AlsoReading, useStatementEvents } from "../live/index.ts";
import { useStatement } from "../queries/use-statement.ts";
import { AnnotationFooter } from "./annotation-footer.tsx";
import {
  DEFAULT_SHOWN_STATUSES,
  HighlightLegend,
  HighlightStatusFilter,
  kindLabel,
  PrintAnnotationList,
  statusCounts,
  StatementHeader,
  StatementReader,
  TagPopover,
  type StatementReaderHandle,
  type TargetDraft,
  type WordsAnchor,
} from "../reader/index.ts";

interface Tagging {
  kind: AnnotationKind;
  target: TargetDraft;
  anchor: WordsAnchor | null;
}

const NO_ANNOTATIONS: never[] = [];

/** One statement: its text with everyone's highlights, the side panel of annotations, and the tagging form. */
export function ReaderPage() {
  const { slug = "" } = useParams();
  const me = useSession();
  const statement = useStatement(slug);
  const annotations = useAnnotations(slug, statement.data);
  const { readers } = useStatementEvents(slug, me.user.id);
  // The panel's list of thousands renders after the frame that paints the highlights, not before it.
  const panelAnnotations = useDeferredValue(useAfterFirstPaint(annotations.data));
  const reader = useRef<StatementReaderHandle>(null);
  const [searchParams] = useSearchParams();
  // A link to a discussion (from the inbox) selects its annotation, so that the side panel shows it.
  const linkedAnnotation = searchParams.get(DISCUSSION_PARAM);
  const [selectedId, setSelectedId] = useState<string | null>(linkedAnnotation);
  const [followedLink, setFollowedLink] = useState(linkedAnnotation);
  if (linkedAnnotation !== followedLink) {
    setFollowedLink(linkedAnnotation);
    if (linkedAnnotation) setSelectedId(linkedAnnotation);
  }
  const [reveal, setReveal] = useState<{ annotationId: string; nonce: number } | null>(null);
  const [tagging, setTagging] = useState<Tagging | null>(null);
  // Which review statuses are painted (rejected hidden until asked for); kept with the page, not in the URL,
  // as the reader keeps none of its filters there.
  const [shownStatuses, setShownStatuses] = useState(DEFAULT_SHOWN_STATUSES);
  const counts = useMemo(() => statusCounts(annotations.data ?? NO_ANNOTATIONS), [annotations.data]);

  const onTag = useCallback(
    (kind: AnnotationKind, target: TargetDraft, anchor: WordsAnchor | null) => setTagging({ kind, target, anchor }),
    [],
  );
  const onReveal = useCallback((annotationId: string) => setReveal((r) => ({ annotationId, nonce: (r?.nonce ?? 0) + 1 })), []);
  const closeForm = (saved: string | null) => {
    setTagging(null);
    if (saved) setSelectedId(saved);
    reader.current?.focus({ collapse: saved !== null });
  };

  if (statement.isPending) return <LoadingState label="Loading the statement…" />;
  if (statement.isError) {
    const notFound = isApiError(statement.error, "not_found");
    return (
      <div className="reader-page">
        <BackLink />
        <h1>{notFound ? "Statement not found" : "The statement could not be loaded"}</h1>
        <ErrorAlert error={statement.error} onRetry={notFound ? undefined : () => void statement.refetch()} />
      </div>
    );
  }

  const selected = selectedId ? resolveAnnotationId(selectedId) : null;
  return (
    <div className="reader-page">
      <div className="reader-page-head">
        <BackLink />
        <ExportButton statement={{ slug: statement.data.slug, title: statement.data.title }} />
        <Link className="button button-secondary" to={`/s/${encodeURIComponent(slug)}/compare`}>
          Compare annotators
        </Link>
        {me.abilities.assign && <AssignButton statements={[{ slug: statement.data.slug, title: statement.data.title }]} />}
      </div>
      <StatementHeader statement={statement.data} />
      <AlsoReading readers={readers} selfId={me.user.id} />
      <div className="reader-layout">
        <div className="reader-main">
          <HighlightLegend />
          <HighlightStatusFilter shown={shownStatuses} counts={counts} onChange={setShownStatuses} />
          <StatementReader
            ref={reader}
            statement={statement.data}
            annotations={annotations.data ?? NO_ANNOTATIONS}
            annotationsLoading={annotations.isPending}
            shownStatuses={shownStatuses}
            selectedAnnotationId={selected}
            onSelectAnnotation={setSelectedId}
            onTag={onTag}
            reveal={reveal}
            draftTarget={tagging?.target ?? null}
            canTag={statement.data.can.annotate}
          />
        </div>
        <aside className="reader-aside" aria-label="Annotations">
          {annotations.isError && <ErrorAlert error={annotations.error} onRetry={() => void annotations.refetch()} />}
          <AnnotationPanel
            slug={slug}
            statement={statement.data}
            annotations={panelAnnotations}
            selectedId={selected}
            onSelect={setSelectedId}
            onReveal={onReveal}
            ItemFooter={AnnotationFooter}
          />
        </aside>
      </div>
      <PrintAnnotationList
        annotations={annotations.data ?? NO_ANNOTATIONS}
        paragraphs={statement.data.paragraphs}
        shownStatuses={shownStatuses}
      />
      {tagging && (
        <TagPopover label={`Tag as ${kindLabel(tagging.kind).toLowerCase()}`} anchor={tagging.anchor}>
          <AnnotationForm
            mode="create"
            kind={tagging.kind}
            target={tagging.target}
            statementSlug={slug}
            onSaved={(id) => closeForm(id)}
            onCancel={() => closeForm(null)}
          />
        </TagPopover>
      )}
    </div>
  );
}

function BackLink() {
  return (
    <p className="back-link">
      <Link to="/">← All statements</Link>
    </p>
  );
}
