import { Link } from "react-router";
import type { Ref } from "react";
import { ariaKeys, keyLabels, PLACING_SHORTCUTS, type Shortcut, withKeys } from "../keyboard/index.ts";
import { KIND_LABELS, labelFor } from "../lib/taxonomy-labels.ts";
import { NowText, WasText } from "./placement-texts.tsx";
import type { Placement } from "./use-placements.ts";
import type { ShownParagraph } from "./use-shown-paragraph.ts";
import type { WordSpan } from "./word-selection.ts";

interface PlacementCardProps {
  item: Placement;
  paragraph: ShownParagraph | undefined;
  selection: WordSpan | null;
  pending: boolean;
  textRef: Ref<HTMLParagraphElement>;
  onMouseSelect: () => void;
  onConfirm: () => void;
  onPlace: () => void;
  onDrop: () => void;
  canStep: { before: boolean; after: boolean };
  onStep: (by: 1 | -1) => void;
}

const STATE_TEXT = {
  fuzzy: "Placed by an approximate match: confirm it, or place it on other words.",
  orphaned: "Its words are gone from the current text: place it on new words, or drop it.",
} as const;

/** A button's tooltip and aria-keyshortcuts from its shortcut's entry. */
const keyProps = (label: string, shortcut: Shortcut) => ({ title: withKeys(label, shortcut), "aria-keyshortcuts": ariaKeys(shortcut) });

/** The annotation in hand: where its words were beside the current text, and what can be done with it. */
export function PlacementCard(props: PlacementCardProps) {
  const { item, paragraph, selection, pending, textRef, onMouseSelect, onConfirm, onPlace, onDrop, canStep, onStep } = props;
  const { annotation: a, statement } = item;
  const state = a.anchor?.state === "fuzzy" ? "fuzzy" : "orphaned";
  const may = item.can.place;
  return (
    <section className={`placing-card kind-${a.kind}`} aria-labelledby="placing-card-heading">
      <div className="placing-card-head">
        <h2 id="placing-card-heading">
          <Link to={`/s/${encodeURIComponent(statement.slug)}`}>{statement.title}</Link>
        </h2>
        <p className="placing-card-meta">
          <span className={`kind-badge kind-${a.kind}`}>{labelFor(KIND_LABELS, a.kind)}</span>{" "}
          <span className={`placing-state placing-state-${state}`}>{state === "fuzzy" ? "Fuzzy" : "Orphaned"}</span> by {a.author.name}
        </p>
        <p className="placing-card-help">{STATE_TEXT[state]}</p>
      </div>
      <div className="placing-compare">
        <WasText was={item.was} />
        <NowText
          item={item}
          paragraph={paragraph}
          selection={selection}
          textRef={textRef}
          onMouseSelect={onMouseSelect}
          canStep={canStep}
          onStep={onStep}
        />
      </div>
      {may ? (
        <div className="placing-actions" role="group" aria-label="Place this annotation">
          {state === "fuzzy" && (
            <button
              type="button"
              className="button button-primary"
              disabled={pending}
              onClick={onConfirm}
              {...keyProps("Confirm", PLACING_SHORTCUTS.confirm)}
            >
              Confirm <kbd>{keyLabels(PLACING_SHORTCUTS.confirm)[0]}</kbd>
            </button>
          )}
          <button
            type="button"
            className={state === "fuzzy" ? "button button-secondary" : "button button-primary"}
            disabled={pending || !selection || !paragraph}
            onClick={onPlace}
            {...keyProps("Place on the selected words", PLACING_SHORTCUTS.place)}
          >
            Place on the selected words <kbd>{keyLabels(PLACING_SHORTCUTS.place)[0]}</kbd>
          </button>
          <button
            type="button"
            className="button button-danger"
            disabled={pending}
            onClick={onDrop}
            {...keyProps("Drop", PLACING_SHORTCUTS.drop)}
          >
            Drop <kbd>{keyLabels(PLACING_SHORTCUTS.drop)[0]}</kbd>
          </button>
          {!selection && paragraph && (
            <p className="placing-hint">To place it, select words in the current text: drag over them, or use ← → and Shift+← →.</p>
          )}
        </div>
      ) : (
        <p className="placing-card-help">Its author, reviewers and admins place it; you can read it here.</p>
      )}
    </section>
  );
}
