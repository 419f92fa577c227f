import { MATRIX_MAX_AXIS, type Matrix } from "@verbatim/contract";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { ErrorAlert } from "../components/error-alert.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { saveFile } from "../export/save-file.ts";
import { SavedViews } from "../saved-views/saved-views.tsx";
import { CORPUS_READ_ERRORS } from "../search/search-errors.ts";
import { AnalysisControls } from "./analysis-controls.tsx";
import { AnalysisNav } from "./analysis-nav.tsx";
import { matrixQuery } from "./analysis-query.ts";
import { analysisHref, analysisParamsOf, readAnalysisState, toggleFilter, type AnalysisState } from "./analysis-url.ts";
import { DIMENSION_LABELS } from "./dimension-labels.ts";
import { FilterBar } from "./filter-bar.tsx";
import { matrixCsv } from "./matrix-shape.ts";
import { MatrixTable } from "./matrix-table.tsx";

/**
 * Who said what (issue 17): annotations counted by two dimensions, each cell with its mix by a third and a link to its
 * passages. The URL is the matrix (the API's own parameters), so it is shared by its address and Back undoes a change.
 */
export function AnalysisPage() {
  const [params] = useSearchParams();
  const state = useMemo(() => readAnalysisState(params), [params]);
  const navigate = useNavigate();
  const go = (next: AnalysisState) => void navigate(analysisHref(next), { flushSync: true });
  const matrix = useQuery(matrixQuery(state));

  return (
    <div className="page analysis-page">
      <div className="search-head">
        <h1>Analysis</h1>
        <SavedViews kind="matrix" params={analysisParamsOf(state).toString()} savable />
      </div>
      <AnalysisNav filters={state.filters} all={state.all} />
      <AnalysisControls state={state} onChange={go} />
      <FilterBar state={state} go={go} />
      {matrix.data ? (
        <MatrixBody
          matrix={matrix.data}
          state={state}
          busy={matrix.isPlaceholderData}
          onFilter={(k, v) => go(toggleFilter(state, k, v, true))}
        />
      ) : matrix.isError ? (
        <ErrorAlert error={matrix.error} apiMessageFor={CORPUS_READ_ERRORS} onRetry={() => void matrix.refetch()} />
      ) : (
        <LoadingState label="Counting…" />
      )}
      {matrix.data && matrix.isError && (
        <ErrorAlert error={matrix.error} apiMessageFor={CORPUS_READ_ERRORS} onRetry={() => void matrix.refetch()} />
      )}
    </div>
  );
}

interface MatrixBodyProps {
  matrix: Matrix;
  state: AnalysisState;
  busy: boolean;
  onFilter: Parameters<typeof MatrixTable>[0]["onFilter"];
}

function MatrixBody({ matrix, state, busy, onFilter }: MatrixBodyProps) {
  const rows = DIMENSION_LABELS[matrix.rowsBy];
  const cols = DIMENSION_LABELS[matrix.colsBy];
  const download = () =>
    saveFile(new Blob([matrixCsv(matrix)], { type: "text/csv;charset=utf-8" }), `matrix-${matrix.rowsBy}-by-${matrix.colsBy}.csv`);
  return (
    <section className="analysis-matrix" aria-labelledby="analysis-total" aria-busy={busy || undefined}>
      <div className="analysis-matrix-head">
        <h2 id="analysis-total" aria-live="polite">
          {matrix.total.toLocaleString("en")} {matrix.total === 1 ? "annotation" : "annotations"}
        </h2>
        <button type="button" className="button button-secondary" onClick={download} disabled={matrix.rows.length === 0}>
          Export CSV
        </button>
      </div>
      {(matrix.truncated.rows || matrix.truncated.cols) && (
        <p className="analysis-truncated">
          Showing the {MATRIX_MAX_AXIS} most counted{" "}
          {matrix.truncated.rows && matrix.truncated.cols ? "rows and columns" : matrix.truncated.rows ? "rows" : "columns"} only: add a
          filter to see the others.
        </p>
      )}
      {matrix.rows.length === 0 || matrix.cols.length === 0 ? (
        <p className="analysis-empty">
          Nothing to count: no annotation under these filters has a value for both {rows} and {cols}.
        </p>
      ) : (
        <MatrixTable matrix={matrix} state={state} onFilter={onFilter} />
      )}
    </section>
  );
}
