import type { Matrix } from "@verbatim/contract";
import { useQuery, type UseQueryResult } from "@tanstack/react-query";
import { useCallback, useId, useMemo, type ReactNode } from "react";
import { ErrorAlert } from "../components/error-alert.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { CORPUS_READ_ERRORS } from "../search/search-errors.ts";
import { dimensionValuesQuery, matrixQuery } from "./analysis-query.ts";
import { chartCsv, gridOf, limitMatrix, timeCsv, timeGrid, CHART_MAX_AXIS } from "./chart-data.ts";
import { ChartFigure } from "./chart-figure.tsx";
import { barsOverTime, type ChartParts, type ChartText, heatmap, stackedBars } from "./chart-specs.ts";
import { OVER_TIME_KINDS, type ChartsState, type CooccurrenceBy, type TimeAxis } from "./charts-url.ts";
import { valueLabel } from "./dimension-labels.ts";

interface SectionProps {
  state: ChartsState;
  go: (next: ChartsState) => void;
}

const withoutAll = (state: ChartsState, facet: "label" | "topic") => state.all.filter((f) => f !== facet);
const CUT_NOTE = `The ${CHART_MAX_AXIS} most counted of each are drawn; the matrix page has them all.`;

/** Stances by delegation on one topic: stacked horizontal bars. */
export function StancesChart({ state, go }: SectionProps) {
  const topics = useQuery(dimensionValuesQuery("topic", state));
  const topic = state.stanceTopic ?? topics.data?.rows[0]?.key ?? null;
  const filters = { ...state.filters, ...(topic ? { topic: [topic] } : {}) };
  const matrix = useQuery({
    ...matrixQuery({ rows: "delegation", cols: "stance", breakdown: "stance", filters, all: withoutAll(state, "topic") }),
    enabled: topic !== null,
  });
  const title = topic ? `Stances by delegation on ${topic}` : "Stances by delegation on a topic";
  const description = `Each delegation's positions on ${topic ?? "the topic"}, a bar per delegation split by stance, the delegations with most first.`;
  const id = useId();
  const controls = (
    <div className="field chart-control">
      <label htmlFor={id}>Topic</label>
      <select id={id} value={topic ?? ""} onChange={(e) => go({ ...state, stanceTopic: e.currentTarget.value || null })}>
        {topic === null && <option value="">No topics</option>}
        {topic !== null && !topics.data?.rows.some((r) => r.key === topic) && <option value={topic}>{topic}</option>}
        {(topics.data?.rows ?? []).map((r) => (
          <option key={r.key} value={r.key}>
            {valueLabel("topic", r)} ({r.count.toLocaleString("en")})
          </option>
        ))}
      </select>
    </div>
  );
  if (topics.isSuccess && topic === null) return <EmptyChart title={title} text="No annotation has a topic under these filters." />;
  return (
    <MatrixChart
      query={matrix}
      pending={topics.isPending}
      text={{ title, description }}
      draw={stackedBars}
      fileName={`stances-by-delegation-${slugOf(topic ?? "topic")}`}
      controls={controls}
    />
  );
}

/** Commitments and references over time, by statement date: stacked bars per month or year. */
export function OverTimeChart({ state, go }: SectionProps) {
  const filters = { ...state.filters, kind: OVER_TIME_KINDS };
  const matrix = useQuery(matrixQuery({ rows: state.over, cols: "kind", breakdown: "kind", filters, all: state.all }));
  const title = `Commitments and references by ${state.over}`;
  const description = `Commitments made and instruments cited, counted by the ${state.over} of their statement's date, stacked by kind, in time order.`;
  const data = matrix.data;
  const build = useCallback(() => barsOverTime(data!, { label: title, description }), [data, title, description]);
  const controls = (
    <ChartRadios<TimeAxis>
      legend="By"
      options={[
        ["month", "Month"],
        ["year", "Year"],
      ]}
      value={state.over}
      onChange={(over) => go({ ...state, over })}
    />
  );
  return (
    <Loaded title={title} query={matrix}>
      {data && (
        <ChartFigure
          title={title}
          description={description}
          build={build}
          grid={timeGrid(data)}
          csv={() => timeCsv(data)}
          fileName={`commitments-and-references-by-${state.over}`}
          controls={controls}
          note={data.truncated.rows ? "Over 100 periods: the least counted are left out. Try by year." : undefined}
        />
      )}
    </Loaded>
  );
}

/** Which labels (or topics) go together on the same annotations: a heatmap. */
export function CooccurrenceChart({ state, go }: SectionProps) {
  const by = state.cooccur;
  const matrix = useQuery(matrixQuery({ rows: by, cols: by, breakdown: "kind", filters: state.filters, all: state.all }));
  const title = `${by === "label" ? "Labels" : "Topics"} used together`;
  const description = `How many annotations carry both of two ${by}s: a cell per pair, darker the more; the diagonal counts each ${by} alone.`;
  const controls = (
    <ChartRadios<CooccurrenceBy>
      legend="Of"
      options={[
        ["label", "Labels"],
        ["topic", "Topics"],
      ]}
      value={by}
      onChange={(cooccur) => go({ ...state, cooccur })}
    />
  );
  return <MatrixChart query={matrix} text={{ title, description }} draw={heatmap} fileName={`${by}-co-occurrence`} controls={controls} />;
}

/**
 * A chart of a matrix's cells (stacked bars, a heatmap): the most counted rows and columns drawn (the rest said
 * cut), its table and its downloads, once the matrix is there.
 */
function MatrixChart(props: {
  query: UseQueryResult<Matrix>;
  pending?: boolean;
  text: { title: string; description: string };
  draw: (matrix: Matrix, text: ChartText) => ChartParts;
  fileName: string;
  controls: ReactNode;
}) {
  const { query, text, draw } = props;
  const limited = useMemo(() => (query.data ? limitMatrix(query.data) : null), [query.data]);
  const build = useCallback(
    () => draw(limited!.matrix, { label: text.title, description: text.description }),
    [draw, limited, text.title, text.description],
  );
  return (
    <Loaded title={text.title} query={query} pending={props.pending}>
      {limited && (
        <ChartFigure
          title={text.title}
          description={text.description}
          build={build}
          grid={gridOf(limited.matrix)}
          csv={() => chartCsv(limited.matrix)}
          fileName={props.fileName}
          controls={props.controls}
          note={limited.cut ? CUT_NOTE : undefined}
        />
      )}
    </Loaded>
  );
}

/** A chart's choice among a few values, as radio buttons under a legend. */
function ChartRadios<T extends string>(props: {
  legend: string;
  options: readonly (readonly [T, string])[];
  value: T;
  onChange: (value: T) => void;
}) {
  const name = useId();
  return (
    <fieldset className="chart-control chart-radios">
      <legend>{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <label key={value}>
          <input type="radio" name={name} checked={props.value === value} onChange={() => props.onChange(value)} /> {label}
        </label>
      ))}
    </fieldset>
  );
}

/** The chart once its data is there; meanwhile a placeholder under its heading, or the error with a retry. */
function Loaded({
  title,
  query,
  pending,
  children,
}: {
  title: string;
  query: UseQueryResult<Matrix>;
  pending?: boolean;
  children: ReactNode;
}) {
  if (query.data) {
    if (query.data.cells.length === 0) return <EmptyChart title={title} text="Nothing to draw under these filters." />;
    return children;
  }
  if (query.isError) {
    return (
      <section className="chart-figure">
        <h2>{title}</h2>
        <ErrorAlert error={query.error} apiMessageFor={CORPUS_READ_ERRORS} onRetry={() => void query.refetch()} />
      </section>
    );
  }
  return (
    <section className="chart-figure">
      <h2>{title}</h2>
      <LoadingState label={pending ? "Loading…" : "Counting…"} />
    </section>
  );
}

function EmptyChart({ title, text }: { title: string; text: string }) {
  return (
    <section className="chart-figure">
      <h2>{title}</h2>
      <p className="chart-note">{text}</p>
    </section>
  );
}

/** A file name's safe words. */
const slugOf = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60) || "chart";
