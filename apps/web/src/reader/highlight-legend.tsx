import { kindClass } from "../lib/annotation-scheme.ts";
import { TAG_KINDS } from "./tag-kinds.ts";

/**
 * What the highlight colours and lines mean. The samples take the highlights' own colours and lines
 * (annotation-scheme.css), so each kind is told apart by its line as well as by its colour; in suggestion mode,
 * the suggestions' grey dotted line too.
 */
export function HighlightLegend({ suggestions = false }: { suggestions?: boolean }) {
  return (
    <ul className="highlight-legend" aria-label="Highlight legend">
      {TAG_KINDS.map((tag) => (
        <li key={tag.kind}>
          <span className={`legend-sample kind-mark ${kindClass(tag.kind)}`} aria-hidden="true">
            Abc
          </span>
          {tag.label}
        </li>
      ))}
      <li>
        <span className="legend-sample sample-overlap" aria-hidden="true">
          Abc
        </span>
        Overlapping
      </li>
      <li>
        <span className="legend-sample sample-unsaved" aria-hidden="true">
          Abc
        </span>
        Saving
      </li>
      {suggestions && (
        <li>
          <span className="legend-sample sample-suggestion" aria-hidden="true">
            Abc
          </span>
          Suggestion
        </li>
      )}
    </ul>
  );
}
