import { ANALYSIS_DIMENSIONS, type AnalysisDimension } from "@verbatim/contract";
import { SelectField } from "../components/select-field.tsx";
import { ANALYSIS_PRESETS, type AnalysisPreset } from "./analysis-presets.ts";
import type { AnalysisState } from "./analysis-url.ts";
import { DIMENSION_LABELS } from "./dimension-labels.ts";

const OPTIONS = ANALYSIS_DIMENSIONS.map((d) => ({ value: d, label: DIMENSION_LABELS[d] }));

interface AnalysisControlsProps {
  state: AnalysisState;
  onChange: (next: AnalysisState) => void;
}

/** What the rows, the columns and each cell's mix count by; a swap; and the examples as presets. */
export function AnalysisControls({ state, onChange }: AnalysisControlsProps) {
  const set = (part: Partial<Pick<AnalysisState, "rows" | "cols" | "breakdown">>) => onChange({ ...state, ...part });
  const isCurrent = (p: AnalysisPreset) => p.rows === state.rows && p.cols === state.cols && p.breakdown === state.breakdown;
  return (
    <div className="analysis-controls">
      <div className="analysis-axes">
        <SelectField<AnalysisDimension> label="Rows" value={state.rows} options={OPTIONS} onChange={(rows) => set({ rows })} />
        <button
          type="button"
          className="button button-quiet analysis-swap"
          onClick={() => set({ rows: state.cols, cols: state.rows })}
          disabled={state.rows === state.cols}
        >
          <span aria-hidden="true">⇄ </span>Swap
        </button>
        <SelectField<AnalysisDimension> label="Columns" value={state.cols} options={OPTIONS} onChange={(cols) => set({ cols })} />
        <SelectField<AnalysisDimension>
          label="Cell mix by"
          value={state.breakdown}
          options={OPTIONS}
          onChange={(breakdown) => set({ breakdown })}
        />
      </div>
      <div className="analysis-presets" role="group" aria-label="Presets">
        <span className="analysis-presets-title" aria-hidden="true">
          Presets:
        </span>
        {ANALYSIS_PRESETS.map((p) => (
          <button
            key={p.name}
            type="button"
            className="button button-quiet"
            aria-pressed={isCurrent(p)}
            onClick={() => set({ rows: p.rows, cols: p.cols, breakdown: p.breakdown })}
          >
            {p.name}
          </button>
        ))}
      </div>
    </div>
  );
}
