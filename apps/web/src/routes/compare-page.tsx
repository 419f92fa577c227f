import type { Annotation, CompareGroup } from "@verbatim/contract";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { isApiError } from "../api/api-error.ts";
import { AgreementSummary } from "../compare/agreement-summary.tsx";
import { adoptErrorMessage, adoptSuccessMessage } from "../compare/adopt-message.ts";
import { adoptPlan } from "../compare/adopt-plan.ts";
import { AnnotatorPicker } from "../compare/annotator-picker.tsx";
import { readCompareParams, writeCompareParams } from "../compare/compare-params.ts";
import { ComparisonTable } from "../compare/comparison-table.tsx";
import { KindFilter } from "../compare/kind-filter.tsx";
import { useAdoptVersion } from "../compare/use-adopt-version.ts";
import { useComparison } from "../compare/use-comparison.ts";
import { useUrlParams } from "../compare/use-url-params.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { LoadingState } from "../components/loading-state.tsx";

type Notice = { type: "success" | "error"; text: string } | null;

/** Compare annotators on one statement: choose them (kept in the URL), read the agreement, adopt a version. */
export function ComparePage() {
  const { slug = "" } = useParams();
  const [params, update] = useUrlParams(readCompareParams, writeCompareParams, { replace: true });
  const comparison = useComparison(slug, params);
  const adopt = useAdoptVersion(slug);
  const [notice, setNotice] = useState<Notice>(null);
  const reader = `/s/${encodeURIComponent(slug)}`;

  const onAdopt = (group: CompareGroup, chosen: Annotation) => {
    setNotice(null);
    adopt.mutate(adoptPlan(group, chosen), {
      onSuccess: (result) => setNotice({ type: "success", text: adoptSuccessMessage(chosen.author.name, result.rejected.length) }),
      onError: (error) => setNotice({ type: "error", text: adoptErrorMessage(error) }),
    });
  };

  if (comparison.isPending) return <LoadingState label="Loading the comparison…" />;
  if (comparison.isError) {
    const notFound = isApiError(comparison.error, "not_found");
    return (
      <div className="compare-page">
        <p className="back-link">
          <Link to="/">← All statements</Link>
        </p>
        <h1>{notFound ? "Statement not found" : "The comparison could not be loaded"}</h1>
        <ErrorAlert error={comparison.error} onRetry={notFound ? undefined : () => void comparison.refetch()} />
      </div>
    );
  }

  const data = comparison.data;
  return (
    <div className="compare-page">
      <p className="back-link">
        <Link to={reader}>← Back to the statement</Link>
      </p>
      <h1>
        Compare annotators <span className="compare-title">· {data.statement.title}</span>
      </h1>
      <div className="compare-controls">
        <AnnotatorPicker candidates={data.candidates} chosen={params.authors} onChange={(authors) => update({ authors })} />
        <KindFilter kinds={params.kinds} onChange={(kinds) => update({ kinds })} />
      </div>
      {comparison.isFetching && (
        <p className="visually-hidden" role="status">
          Updating the comparison…
        </p>
      )}
      {notice && (
        <p className={notice.type === "error" ? "alert" : "compare-notice"} role={notice.type === "error" ? "alert" : "status"}>
          {notice.text}
        </p>
      )}
      {data.agreement ? (
        <>
          <AgreementSummary agreement={data.agreement} />
          <ComparisonTable slug={slug} comparison={data} onAdopt={onAdopt} adopting={adopt.isPending} />
          {data.unplaced.length > 0 && (
            <p className="field-hint">
              {data.unplaced.length} of these annotations sit on paragraphs the current revision no longer has; place them in the{" "}
              <Link to={reader}>reader</Link>.
            </p>
          )}
        </>
      ) : (
        data.candidates.length > 0 && <p className="compare-empty">Choose at least two annotators to see their tags side by side.</p>
      )}
    </div>
  );
}
