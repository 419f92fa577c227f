import { useEffect, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { ErrorAlert } from "../components/error-alert.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { PLACING_SHORTCUTS, ShortcutLegend } from "../keyboard/index.ts";
import { moveCurrent, type QueuePosition, resolveCurrent } from "../review/queue-keys.ts";
import { shortQuote } from "../review/review-line.ts";
import { PlacementCard } from "./placement-card.tsx";
import { PlacementList } from "./placement-list.tsx";
import { placingErrorMessage } from "./placing-errors.ts";
import { selectionIn } from "./selection-offsets.ts";
import { type PlacementInput, usePlaceAnnotation } from "./use-place-annotation.ts";
import { usePlacingKeyboard } from "./use-placing-keyboard.ts";
import { usePlacements, type Placement } from "./use-placements.ts";
import { useShownParagraph } from "./use-shown-paragraph.ts";
import { extendWord, moveWord, trimSpan, type WordSpan } from "./word-selection.ts";

const PLACING_KEYS = Object.values(PLACING_SHORTCUTS);

const countText = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/** "Needs placing": the fuzzy and orphaned annotations, one in hand at a time, worked by keyboard or buttons. */
export function PlacingView() {
  const [params] = useSearchParams();
  const statement = params.get("statement") ?? "";
  const placements = usePlacements(statement);
  const place = usePlaceAnnotation();
  const [pos, setPos] = useState<QueuePosition>({ id: null, index: 0 });
  // The words chosen, for the item and paragraph they were chosen in: moving to another leaves them behind.
  const [chosen, setChosen] = useState<{ key: string; span: WordSpan | null } | null>(null);
  const [message, setMessage] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [dropped, setDropped] = useState<PlacementInput["annotation"] | null>(null);
  const [settled, setSettled] = useState<ReadonlySet<string>>(new Set());
  const textRef = useRef<HTMLParagraphElement>(null);
  const cardRef = useRef<HTMLDivElement>(null);

  // Settled items stay hidden until the list refetches without them.
  const items = (placements.data?.items ?? []).filter((i) => !settled.has(`${i.annotation.id}@${i.annotation.version}`));
  const ids = items.map((i) => i.annotation.id);
  const current = resolveCurrent(ids, pos);
  const item: Placement | undefined = items[current.index];
  const counts = placements.data?.counts;
  const itemId = item?.annotation.id;
  const shown = useShownParagraph(item);
  const paragraph = shown.paragraph;
  const chosenKey = `${itemId}:${paragraph?.paragraphId}`;
  const selection = chosen && chosen.key === chosenKey ? chosen.span : null;
  const setSelection = (span: WordSpan | null) => setChosen({ key: chosenKey, span });

  // The item in hand holds focus (so a screen reader reads it and keys need no click), unless a field has it.
  useEffect(() => {
    if (itemId && !(document.activeElement instanceof HTMLInputElement)) cardRef.current?.focus({ preventScroll: true });
  }, [itemId]);

  const run = (input: PlacementInput, done: string) => {
    if (place.isPending) return;
    const key = `${input.annotation.id}@${input.annotation.version}`;
    place.mutate(input, {
      onSuccess: (saved) => {
        setSettled((s) => new Set(s).add(key));
        setMessage(done);
        setProblem(null);
        setDropped(input.action === "drop" ? saved : null);
      },
      onError: (error) => setProblem(placingErrorMessage(error)),
    });
  };
  const proposed = paragraph?.start !== undefined && paragraph.end !== undefined ? { start: paragraph.start, end: paragraph.end } : null;
  const actions = {
    confirm: () => {
      if (!item?.can.place || item.annotation.anchor?.state !== "fuzzy") return;
      run({ annotation: item.annotation, action: "confirm" }, `Confirmed: ${shortQuote(item.annotation.quote.exact)}`);
    },
    place: () => {
      if (!item?.can.place || !paragraph) return;
      if (!selection) {
        setProblem("Select the words to place it on first: drag over them, or use ← → and Shift+← →.");
        return;
      }
      const target = { paragraphId: paragraph.paragraphId, ...selection };
      const words = shortQuote(paragraph.text.slice(selection.start, selection.end));
      run({ annotation: item.annotation, action: "place", target, revision: item.statement.revision }, `Placed on ${words}`);
    },
    drop: () => {
      if (!item?.can.place) return;
      run({ annotation: item.annotation, action: "drop" }, `Dropped: ${shortQuote(item.annotation.quote.exact)}`);
    },
    undoDrop: () => {
      if (!dropped || place.isPending) return;
      place.mutate(
        { annotation: dropped, action: "restore" },
        {
          onSuccess: () => {
            setDropped(null);
            setMessage(`Restored: ${shortQuote(dropped.quote.exact)}`);
          },
          onError: (error) => setProblem(placingErrorMessage(error)),
        },
      );
    },
  };
  const words = (change: (text: string, from: WordSpan | null) => WordSpan | null) => {
    if (paragraph) setSelection(change(paragraph.text, selection ?? proposed));
  };
  const readMouseSelection = () => {
    const el = textRef.current;
    if (!el || !paragraph) return;
    const span = selectionIn(el, window.getSelection());
    const trimmed = span && trimSpan(paragraph.text, span);
    if (trimmed) {
      setSelection(trimmed);
      window.getSelection()?.removeAllRanges();
      cardRef.current?.focus({ preventScroll: true });
    }
  };

  usePlacingKeyboard((command) => {
    if (command === "next" || command === "previous") setPos(moveCurrent(ids, current, command === "next" ? 1 : -1));
    else if (command === "wordAfter") words((t, s) => moveWord(t, s, 1));
    else if (command === "wordBefore") words((t, s) => moveWord(t, s, -1));
    else if (command === "moreWords") words((t, s) => extendWord(t, s, 1));
    else if (command === "lessWords") words((t, s) => extendWord(t, s, -1));
    else if (command === "clearWords") setSelection(null);
    else if (command === "paragraphBefore") shown.step(-1);
    else if (command === "paragraphAfter") shown.step(1);
    else actions[command]();
  });

  return (
    <section className="placing" aria-labelledby="placing-heading">
      <div className="placing-head">
        <h1 id="placing-heading">Needs placing</h1>
        {counts && (
          <p className="placing-counts">
            {countText(counts.fuzzy, "fuzzy match to confirm", "fuzzy matches to confirm")} ·{" "}
            {countText(counts.orphaned, "orphan to place", "orphans to place")}
            {statement && " in this statement"}
          </p>
        )}
        {statement && (
          <p className="placing-scope">
            <Link to={`/s/${encodeURIComponent(statement)}`}>Back to the statement</Link> · <Link to="/placing">The whole workspace</Link>
          </p>
        )}
      </div>
      <div className="placing-notice" role="status">
        {message}
        {dropped && message.startsWith("Dropped") && (
          <button type="button" className="button button-secondary" onClick={actions.undoDrop}>
            Undo
          </button>
        )}
      </div>
      {problem && (
        <div className="alert" role="alert">
          <p>{problem}</p>
        </div>
      )}
      {placements.isPending && <LoadingState label="Loading what needs placing…" />}
      {placements.isError && <ErrorAlert error={placements.error} onRetry={() => void placements.refetch()} />}
      {placements.data && items.length === 0 && (
        <div className="empty-state">
          <h2>Nothing to place</h2>
          <p>Every annotation sits on its words. When a revision cannot find some with certainty, they wait here.</p>
        </div>
      )}
      {item && (
        <div className="placing-body">
          <PlacementList items={items} current={current.index} onChoose={(index) => setPos({ id: ids[index] ?? null, index })} />
          <div className="placing-main" ref={cardRef} tabIndex={-1} aria-label="The annotation in hand">
            <PlacementCard
              item={item}
              paragraph={paragraph}
              selection={selection}
              pending={place.isPending}
              textRef={textRef}
              onMouseSelect={readMouseSelection}
              onConfirm={actions.confirm}
              onPlace={actions.place}
              onDrop={actions.drop}
              canStep={shown.canStep}
              onStep={shown.step}
            />
            <ShortcutLegend shortcuts={PLACING_KEYS} className="placing-legend" />
          </div>
        </div>
      )}
    </section>
  );
}
