import { useMemo } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { AnalysisNav } from "./analysis-nav.tsx";
import { CooccurrenceChart, OverTimeChart, StancesChart } from "./chart-sections.tsx";
import { chartsHref, readChartsState, type ChartsState } from "./charts-url.ts";
import { FilterBar } from "./filter-bar.tsx";

/**
 * Charts where people would rather look than read (issue 17): stances by delegation on a topic, commitments and
 * references over time, and co-occurrence. The URL holds the filters and each chart's choices, so a chart is shared
 * by its address.
 */
export function AnalysisChartsPage() {
  const [params] = useSearchParams();
  const state = useMemo(() => readChartsState(params), [params]);
  const navigate = useNavigate();
  const go = (next: ChartsState) => void navigate(chartsHref(next), { flushSync: true });
  return (
    <div className="page analysis-page">
      <h1>Analysis</h1>
      <AnalysisNav filters={state.filters} all={state.all} />
      <FilterBar state={state} go={go} />
      <StancesChart state={state} go={go} />
      <OverTimeChart state={state} go={go} />
      <CooccurrenceChart state={state} go={go} />
    </div>
  );
}
