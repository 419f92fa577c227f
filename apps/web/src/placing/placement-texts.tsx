import type { Ref } from "react";
import { MarkedText } from "./marked-text.tsx";
import type { Placement } from "./use-placements.ts";
import type { ShownParagraph } from "./use-shown-paragraph.ts";
import type { WordSpan } from "./word-selection.ts";

const para = (n: number | null) => (n === null ? "" : `, ¶${n}`);

/** Where the words were: the old paragraph with the quote marked, or failing that the quote with its context. */
export function WasText({ was }: { was: Placement["was"] }) {
  const fits = was.text !== null && was.start !== null && was.end !== null && was.end <= was.text.length;
  return (
    <section className="placing-side" aria-labelledby="placing-was-heading">
      <h3 id="placing-was-heading">
        Before{" "}
        <span className="placing-where">
          revision {was.revision}
          {para(was.number)}
        </span>
      </h3>
      <p className="placing-text placing-was">
        {fits ? (
          <MarkedText
            text={was.text!}
            marks={[{ start: was.start!, end: was.end!, className: "placing-old", label: "the words it had" }]}
          />
        ) : (
          <>
            {was.quote.prefix && <span>…{was.quote.prefix}</span>}
            <mark className="placing-old">{was.quote.exact}</mark>
            {was.quote.suffix && <span>{was.quote.suffix}…</span>}
          </>
        )}
      </p>
    </section>
  );
}

interface NowTextProps {
  item: Placement;
  paragraph: ShownParagraph | undefined;
  selection: WordSpan | null;
  textRef: Ref<HTMLParagraphElement>;
  onMouseSelect: () => void;
  canStep: { before: boolean; after: boolean };
  onStep: (by: 1 | -1) => void;
}

/** The current paragraph: the proposed place of a fuzzy match marked, and the words chosen to place it on. */
export function NowText({ item, paragraph, selection, textRef, onMouseSelect, canStep, onStep }: NowTextProps) {
  if (!paragraph) {
    return (
      <section className="placing-side" aria-labelledby="placing-now-heading">
        <h3 id="placing-now-heading">Now</h3>
        <p>No paragraph of the current text is left near where it was. Open the statement to tag the words anew, or drop it.</p>
      </section>
    );
  }
  const proposed =
    paragraph.start !== undefined && paragraph.end !== undefined
      ? [{ start: paragraph.start, end: paragraph.end, className: "placing-proposed", label: "proposed place" }]
      : [];
  const chosen = selection ? [{ ...selection, className: "placing-chosen", label: "chosen words" }] : [];
  // An orphan whose paragraph is gone is first shown the nearest one that is left.
  const elsewhere = paragraph.isNow && item.annotation.anchor?.state === "orphaned" && paragraph.paragraphId !== item.was.paragraphId;
  return (
    <section className="placing-side" aria-labelledby="placing-now-heading">
      <div className="placing-now-head">
        <h3 id="placing-now-heading">
          Now{" "}
          <span className="placing-where">
            revision {item.statement.revision}
            {para(paragraph.number)}
            {elsewhere && " (its paragraph is gone: the nearest one left)"}
          </span>
        </h3>
        <span className="placing-steps">
          <button
            type="button"
            className="button-quiet"
            disabled={!canStep.before}
            onClick={() => onStep(-1)}
            aria-label="Show the paragraph before"
            title="The paragraph before ([)"
          >
            ‹
          </button>
          <button
            type="button"
            className="button-quiet"
            disabled={!canStep.after}
            onClick={() => onStep(1)}
            aria-label="Show the paragraph after"
            title="The paragraph after (])"
          >
            ›
          </button>
        </span>
      </div>
      <p
        ref={textRef}
        className="placing-text placing-now"
        aria-label={`Current text${para(paragraph.number)}: select the words to place it on`}
        onMouseUp={onMouseSelect}
      >
        <MarkedText text={paragraph.text} marks={[...proposed, ...chosen]} />
      </p>
    </section>
  );
}
