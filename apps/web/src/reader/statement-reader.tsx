import type { Annotation } from "@verbatim/contract";
import type { AnnotationKind } from "@verbatim/core";
import { useId, useImperativeHandle, useLayoutEffect, useRef, useState, type Ref } from "react";
import { useLocation } from "react-router";
import type { Statement } from "../queries/use-statement.ts";
import { spokenSummary } from "./annotation-summary.ts";
import { placeCaret } from "./block-element.ts";
import { copyText } from "./copy-text.ts";
import { referenceText } from "./reference-text.ts";
import { HighlightCard } from "./highlight-card.tsx";
import { NO_HANDLERS, type ReaderHandlers } from "./reader-interactions.ts";
import { ReaderKeyHint, readerHelp } from "./reader-help.tsx";
import { kindLabel, type TagKind } from "./tag-kinds.ts";
import { TagToolbar } from "./tag-toolbar.tsx";
import type { TargetDraft } from "../annotations/index.ts";
import { useDeepLink } from "./use-deep-link.ts";
import { useHighlightCard } from "./use-highlight-card.ts";
import { useHighlights } from "./use-highlights.ts";
import type { WordsAnchor } from "./popover-placement.ts";
import { readerHandlers, selectionAnchor, wordsAnchor } from "./reader-handlers.ts";
import { useReaderEditor } from "./use-reader-editor.ts";
import { useReaderSelection } from "./use-reader-selection.ts";
import { useReveal, type Reveal } from "./use-reveal.ts";
import { ALL_STATUSES, type ShownStatuses } from "./status-visibility.ts";
import { type SuggestionMarks, useSuggestionMarks } from "./use-suggestion-marks.ts";

export interface StatementReaderHandle {
  /** Gives the text focus back, e.g. when the tagging form closes; `collapse` drops the selection first. The card
   * of the highlight the caret lands in waits until the caret moves. */
  focus(options?: { collapse?: boolean }): void;
  /** Where some words are now, to place a form beside them (a suggestion's, accepted with edits). */
  anchorOf(target: { paragraphId: string; start: number; end: number }): WordsAnchor | null;
}

export interface StatementReaderProps {
  statement: Statement;
  annotations: Annotation[];
  selectedAnnotationId: string | null;
  onSelectAnnotation(id: string): void;
  onTag(kind: AnnotationKind, target: TargetDraft, anchor: WordsAnchor | null): void;
  reveal: Reveal | null;
  /** The span being tagged while the form is open: painted so it stays visible once focus leaves the text. */
  draftTarget?: TargetDraft | null;
  /** Review statuses whose highlights are painted (the legend's filter); every status when not given. */
  shownStatuses?: ShownStatuses;
  /** While the annotations are still loading, the reader does not mark its highlights as painted. */
  annotationsLoading?: boolean;
  /** Whether the user may tag (viewers may not): without it there is no toolbar and 1, 2, 3 do nothing. */
  canTag?: boolean;
  /** Suggestion mode: the suggestions to paint and the current one (selected); null outside the mode. */
  suggestions?: SuggestionMarks | null;
  ref?: Ref<StatementReaderHandle>;
}

/** The statement's text as a read-only editor: select to tag, highlights of every annotation, deep links. */
export function StatementReader(props: StatementReaderProps) {
  const {
    statement,
    annotations,
    selectedAnnotationId,
    onSelectAnnotation,
    onTag,
    reveal,
    draftTarget = null,
    canTag = true,
    annotationsLoading = false,
    shownStatuses = ALL_STATUSES,
    suggestions = null,
    ref,
  } = props;
  const host = useRef<HTMLDivElement>(null);
  const handlers = useRef<ReaderHandlers>(NO_HANDLERS);
  const copyReference = useRef(async (_id: string, _number: number | null) => false);
  const [announcement, setAnnouncement] = useState("");
  // Focus anywhere in the text, its toolbar or its card: moving between them must not hide the toolbar.
  const [focusWithin, setFocusWithin] = useState(false);
  const helpId = useId();
  const cardId = useId();

  const reader = useReaderEditor(host, {
    slug: statement.slug,
    label: `Text of the statement ${statement.title}`,
    blocks: statement.paragraphs,
    handlers,
    onCopyReference: copyReference,
    describedBy: helpId,
  });
  const editor = reader?.editor ?? null;
  const selection = useReaderSelection(editor);
  const lookup = useHighlights(reader, {
    annotations,
    loading: annotationsLoading,
    shownStatuses,
    selectedId: selectedAnnotationId,
    draft: draftTarget,
    host,
  });
  const card = useHighlightCard(editor, lookup, focusWithin);
  useSuggestionMarks(reader, suggestions);
  const dismissCard = card.dismiss;
  useDeepLink(editor, useLocation().hash);
  useReveal(editor, reader?.painter ?? null, lookup, reveal);
  useLayoutEffect(() => {
    handlers.current = readerHandlers({
      lookup,
      selectedId: selectedAnnotationId,
      onSelectAnnotation,
      onTag: canTag ? onTag : () => undefined,
      onPointerMove: card.onPointerMove,
      onPointerLeave: card.onPointerLeave,
      onPointerDown: selection.startDragging,
      onCopyReference: (id) => copyReference.current(id, null),
    });
  });

  const hovered = card.card?.annotations[0]?.id;
  useLayoutEffect(() => {
    reader?.painter.paintOverlay("vb-hover", (hovered && lookup.byAnnotation.get(hovered)) || []);
  }, [reader, lookup, hovered]);

  useLayoutEffect(() => {
    copyReference.current = async (id) => {
      const reference = referenceText(statement, id, window.location.origin);
      const copied = await copyText(reference);
      setAnnouncement(copied ? `Copied the reference: ${reference}` : `Could not copy; the reference is ${reference}`);
      return copied;
    };
  });

  // Keyboard users hear what the caret has moved into; the card shows the same to sighted ones.
  const [first, ...rest] = card.card?.source === "caret" ? card.card.annotations : [];
  const caretSummary = first ? `${spokenSummary(first, kindLabel(first.kind))}${rest.length ? `, and ${rest.length} more` : ""}.` : "";

  useImperativeHandle(
    ref,
    () => ({
      focus(options) {
        if (!editor) return;
        if (options?.collapse) placeCaret(editor.view, editor.state.selection.to);
        editor.view.focus();
        // The caret is now in the words just tagged: their card would cover the passage the form has left.
        dismissCard();
      },
      anchorOf: (target) => wordsAnchor(editor?.view, target),
    }),
    [editor, dismissCard],
  );

  const tag = (kind: TagKind) => {
    if (selection.selection) onTag(kind.kind, selection.selection.target, selectionAnchor(editor?.view));
  };
  // In suggestion mode the selection is the current suggestion, which keys accept or dismiss: no toolbar, no card.
  const inSuggestionMode = suggestions !== null;
  const toolbarShown = canTag && selection.selection && !selection.dragging && !draftTarget && focusWithin && !inSuggestionMode;

  return (
    <div className={inSuggestionMode ? "statement-reader in-suggestion-mode" : "statement-reader"}>
      <p id={helpId} className="visually-hidden">
        {readerHelp(canTag)}
      </p>
      <ReaderKeyHint />
      <div
        className="reader-surface"
        onFocus={() => setFocusWithin(true)}
        onBlur={(event) => setFocusWithin(event.currentTarget.contains(event.relatedTarget))}
      >
        <div ref={host} className="reader-host" />
        {toolbarShown && selection.selection && (
          <TagToolbar geometry={selection.selection.geometry} onChoose={tag} onEscape={() => editor?.view.focus()} />
        )}
        {card.card && !toolbarShown && !draftTarget && !inSuggestionMode && (
          <HighlightCard
            id={cardId}
            card={card.card}
            onOpen={onSelectAnnotation}
            onPointerEnter={card.onCardEnter}
            onPointerLeave={card.onCardLeave}
          />
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {caretSummary}
      </p>
    </div>
  );
}
