import type { MatrixCell } from "@verbatim/contract";

/**
 * A cell's mix as a small stacked bar, each value's share of its width. Decoration only (aria-hidden): the cell says
 * the same in words for screen readers and on hover.
 */
export function MixBar({ cell, colour }: { cell: MatrixCell; colour: (key: string | null) => string }) {
  return (
    <span className="mix-bar" aria-hidden="true">
      {cell.breakdown.map((part) => (
        <span key={part.key ?? ""} className="mix-bar-part" style={{ flexGrow: part.count, background: colour(part.key) }} />
      ))}
    </span>
  );
}

/** The mix's values and their colours, above the table. */
export function MixLegend({ title, values }: { title: string; values: readonly { key: string | null; label: string; colour: string }[] }) {
  if (values.length === 0) return null;
  return (
    <div className="mix-legend">
      <span className="mix-legend-title">{title}:</span>
      <ul aria-label={title}>
        {values.map((v) => (
          <li key={v.key ?? ""}>
            <span className="mix-swatch" style={{ background: v.colour }} aria-hidden="true" />
            {v.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
