import { shortQuote } from "../review/review-line.ts";
import type { Placement } from "./use-placements.ts";

interface PlacementListProps {
  items: readonly Placement[];
  current: number;
  onChoose: (index: number) => void;
}

/** Everything waiting, oldest first: the one in hand marked; J and K (or ↓ and ↑) move through them. */
export function PlacementList({ items, current, onChoose }: PlacementListProps) {
  return (
    <ol className="placing-list" aria-label="Annotations waiting to be placed">
      {items.map((item, index) => {
        const a = item.annotation;
        const fuzzy = a.anchor?.state === "fuzzy";
        return (
          <li key={a.id} aria-current={index === current ? "true" : undefined} className={`placing-list-item kind-${a.kind}`}>
            <button type="button" className="placing-list-button" onClick={() => onChoose(index)}>
              <span className={`placing-state placing-state-${fuzzy ? "fuzzy" : "orphaned"}`}>{fuzzy ? "Fuzzy" : "Orphaned"}</span>
              <span className="placing-list-quote">{shortQuote(item.was.quote.exact, 50)}</span>
              <span className="placing-list-statement">{item.statement.title}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
