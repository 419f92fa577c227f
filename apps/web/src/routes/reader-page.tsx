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
import { CitedBySection } from "../instruments/cited-by-section.tsx";
import { AlsoReading, useStatementEvents } from "../live/index.ts";
import { useShownStatement } from "../revisions/use-shown-statement.ts";
import { SUGGESTION_PARAM, SuggestionPanel, SuggestionToggle, useSuggestionKeys, useSuggestionMode } from "../suggestions/index.ts";
import { AcceptEditedPopover } from "./accept-edited-popover.tsx";
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
  type SuggestionMarks,
  type TargetDraft,
  type WordsAnchor,
} from "../reader/index.ts";

interface Tagging {
  kind: AnnotationKind;
  target: TargetDraft;
  anchor: WordsAnchor | null;
  /** The revision whose text the words were selected in: the API refuses the tag if another became current. */
  revision: number;
}

const NO_ANNOTATIONS: never[] = [];
const NO_PARAGRAPHS: never[] = [];

/** One statement: its text with everyone's highlights, the side panel of annotations, and the tagging form. */
export function ReaderPage() {
  const { slug = "" } = useParams();
  const me = useSession();
  // `statement` is the current revision (abilities, metadata); `shown` the one the URL asks for (?revision=N).
  const { current: statement, shown, readOnly } = useShownStatement(slug);
  const shownRevision = shown.data?.shownRevision ?? 0;
  // An older revision shows the tags as they stood on its text (from their history); the current one, every tag.
  const annotations = useAnnotations(slug, shown.data, readOnly && shownRevision > 0 ? shownRevision : undefined);
  const shownAnnotations = annotations.data;
  // The text paints only tags whose words are in it: an orphan's target is in the revision it was left in.
  const paintedAnnotations = useMemo(
    () => shownAnnotations?.filter((a) => a.anchor.state !== "orphaned" || a.anchor.revision === shownRevision),
    [shownAnnotations, shownRevision],
  );
  const { readers } = useStatementEvents(slug, me.user.id);
  // The panel's list of thousands renders after the frame that paints the highlights, not before it.
  const panelAnnotations = useDeferredValue(useAfterFirstPaint(shownAnnotations));
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
  const counts = useMemo(() => statusCounts(shownAnnotations ?? NO_ANNOTATIONS), [shownAnnotations]);
  // Suggestions are found in the current text only: an older revision has none to offer.
  const suggestionsAvailable = !readOnly && shown.data !== undefined;
  // A link from an instrument's untagged mentions opens the mode on that suggestion.
  const suggestions = useSuggestionMode(
    slug,
    shown.data?.paragraphs ?? NO_PARAGRAPHS,
    suggestionsAvailable,
    searchParams.get(SUGGESTION_PARAM),
  );
  const focusText = useCallback(() => reader.current?.focus(), []);
  useSuggestionKeys(suggestions, suggestionsAvailable, focusText);
  const { on: suggesting, ordered: suggested, current: currentSuggestion } = suggestions;
  const suggestionMarks = useMemo<SuggestionMarks | null>(
    () =>
      suggesting
        ? {
            targets: suggested.map((s) => s.target),
            current: currentSuggestion ? { id: currentSuggestion.id, target: currentSuggestion.target } : null,
          }
        : null,
    [suggesting, suggested, currentSuggestion],
  );

  const onTag = useCallback(
    (kind: AnnotationKind, target: TargetDraft, anchor: WordsAnchor | null) =>
      setTagging({ kind, target, anchor, revision: shownRevision }),
    [shownRevision],
  );
  const onReveal = useCallback((annotationId: string) => setReveal((r) => ({ annotationId, nonce: (r?.nonce ?? 0) + 1 })), []);
  const closeForm = (saved: string | null) => {
    setTagging(null);
    if (saved) setSelectedId(saved);
    reader.current?.focus({ collapse: saved !== null });
  };

  if (statement.isPending || shown.isPending) return <LoadingState label="Loading the statement…" />;
  if (statement.isError || shown.isError) {
    const error = statement.error ?? shown.error;
    const notFound = isApiError(error, "not_found");
    return (
      <div className="reader-page">
        <BackLink />
        <h1>{notFound ? (statement.isError ? "Statement not found" : "Revision not found") : "The statement could not be loaded"}</h1>
        <ErrorAlert error={error} onRetry={notFound ? undefined : () => void (statement.isError ? statement : shown).refetch()} />
        {notFound && !statement.isError && (
          <p>
            <Link to={`/s/${encodeURIComponent(slug)}`}>Read the current revision</Link>
          </p>
        )}
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
        {suggestionsAvailable && (
          <SuggestionToggle
            on={suggesting}
            onToggle={() => {
              if (!suggesting) focusText();
              suggestions.toggle();
            }}
          />
        )}
      </div>
      <StatementHeader statement={statement.data} />
      <AlsoReading readers={readers} selfId={me.user.id} />
      <div className="reader-layout">
        <div className="reader-main">
          <HighlightLegend suggestions={suggesting} />
          <HighlightStatusFilter shown={shownStatuses} counts={counts} onChange={setShownStatuses} />
          <StatementReader
            ref={reader}
            statement={shown.data}
            annotations={paintedAnnotations ?? NO_ANNOTATIONS}
            annotationsLoading={annotations.isPending}
            shownStatuses={shownStatuses}
            selectedAnnotationId={selected}
            onSelectAnnotation={setSelectedId}
            onTag={onTag}
            reveal={reveal}
            draftTarget={tagging?.target ?? null}
            canTag={statement.data.can.annotate && !readOnly}
            suggestions={suggestionMarks}
          />
        </div>
        <aside className="reader-aside" aria-label={suggesting ? "Suggestions and annotations" : "Annotations"}>
          {suggesting && <SuggestionPanel mode={suggestions} />}
          <CitedBySection slug={slug} paragraphs={shown.data.paragraphs} />
          {annotations.isError && <ErrorAlert error={annotations.error} onRetry={() => void annotations.refetch()} />}
          <AnnotationPanel
            slug={slug}
            statement={shown.data}
            annotations={panelAnnotations}
            selectedId={selected}
            onSelect={setSelectedId}
            onReveal={onReveal}
            ItemFooter={AnnotationFooter}
          />
        </aside>
      </div>
      <PrintAnnotationList
        annotations={shownAnnotations ?? NO_ANNOTATIONS}
        paragraphs={shown.data.paragraphs}
        shownStatuses={shownStatuses}
      />
      {suggestions.editing && (
        <AcceptEditedPopover
          key={suggestions.editing.id}
          suggestion={suggestions.editing}
          slug={slug}
          locate={(target) => reader.current?.anchorOf(target) ?? null}
          onAccept={(attributes) => {
            suggestions.acceptEdited(attributes);
            focusText();
          }}
          onCancel={() => {
            suggestions.stopEditing();
            focusText();
          }}
        />
      )}
      {tagging && (
        <TagPopover label={`Tag as ${kindLabel(tagging.kind).toLowerCase()}`} anchor={tagging.anchor}>
          <AnnotationForm
            mode="create"
            kind={tagging.kind}
            target={tagging.target}
            statementSlug={slug}
            revision={tagging.revision}
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
