import type { Comparison } from "./use-comparison.ts";

interface AnnotatorPickerProps {
  candidates: Comparison["candidates"];
  chosen: readonly string[];
  onChange: (authors: string[]) => void;
}

/** A checkbox per annotator of the statement, with how many tags each made; the order picked is the columns' order. */
export function AnnotatorPicker({ candidates, chosen, onChange }: AnnotatorPickerProps) {
  if (candidates.length === 0) return <p className="compare-empty">Nobody has tagged this statement yet.</p>;
  return (
    <fieldset className="compare-picker">
      <legend>Annotators</legend>
      <p className="field-hint">Choose two or more to compare.</p>
      <div className="choices">
        {candidates.map((c) => (
          <label key={c.id} className="choice">
            <input
              type="checkbox"
              checked={chosen.includes(c.id)}
              onChange={(e) => onChange(e.target.checked ? [...chosen, c.id] : chosen.filter((id) => id !== c.id))}
            />
            <span>
              {c.name} <span className="compare-count">({c.count === 1 ? "1 tag" : `${c.count} tags`})</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
