import type { WordSpan } from "./word-selection.ts";

export interface MarkedSpan extends WordSpan {
  className: string;
  /** Read out before the marked words (a screen reader does not announce a mark's colour). */
  label: string;
}

/** The text cut at every mark's edges, each piece with the marks that cover it. */
export function markPieces(text: string, marks: readonly MarkedSpan[]) {
  const valid = marks.filter((m) => m.start >= 0 && m.start < m.end && m.end <= text.length);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  return cuts.slice(0, -1).map((start, i) => {
    const end = cuts[i + 1]!;
    return { start, end, text: text.slice(start, end), marks: valid.filter((m) => m.start <= start && end <= m.end) };
  });
}

/** A paragraph's text with spans marked; nothing but the text's own characters, so DOM offsets are text offsets. */
export function MarkedText({ text, marks }: { text: string; marks: readonly MarkedSpan[] }) {
  return (
    <>
      {markPieces(text, marks).map((piece) =>
        piece.marks.length === 0 ? (
          <span key={piece.start}>{piece.text}</span>
        ) : (
          <mark
            key={piece.start}
            className={piece.marks.map((m) => m.className).join(" ")}
            aria-label={`${piece.marks.map((m) => m.label).join(", ")}: ${piece.text}`}
          >
            {piece.text}
          </mark>
        ),
      )}
    </>
  );
}
