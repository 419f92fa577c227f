import type { AgreementFigures } from "@verbatim/contract";
import { ANNOTATION_KINDS } from "@verbatim/core";
import { KIND_LABELS } from "../lib/taxonomy-labels.ts";
import { alphaText, kappaText } from "./agreement-scale.ts";
import type { Comparison } from "./use-comparison.ts";

/** The agreement figures, overall and per kind, with what they count and how to read them. */
export function AgreementSummary({ agreement }: { agreement: NonNullable<Comparison["agreement"]> }) {
  const two = agreement.overall.annotators === 2;
  return (
    <section className="agreement" aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">Agreement</h2>
      <p className="agreement-overall">
        {two && <strong>{kappaText(agreement.overall.kappa)}</strong>}
        {two && " · "}
        <strong>{alphaText(agreement.overall.alpha)}</strong>
        <span className="agreement-units"> over {units(agreement.overall)}</span>
      </p>
      <table className="agreement-table">
        <caption className="visually-hidden">Agreement per kind</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            {two && <th scope="col">Cohen's κ</th>}
            <th scope="col">Krippendorff's α</th>
            <th scope="col">Units</th>
          </tr>
        </thead>
        <tbody>
          {ANNOTATION_KINDS.map((kind) => {
            const f = agreement.byKind[kind];
            return (
              <tr key={kind}>
                <th scope="row">{KIND_LABELS[kind]}</th>
                {two && <td>{kappaText(f.kappa).replace("Cohen's κ ", "")}</td>}
                <td>{alphaText(f.alpha).replace("Krippendorff's α ", "")}</td>
                <td>{units(f)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="field-hint agreement-help">
        Each paragraph counts once per kind: a unit is tagged by an annotator if any of their tags of that kind touches the paragraph. Both
        figures run from 1 (full agreement) through 0 (no better than chance) to below 0 (systematic disagreement).{" "}
        {two &&
          "Cohen's κ reads, after Landis and Koch: up to 0.20 slight, 0.40 fair, 0.60 moderate, 0.80 substantial, above that almost perfect. "}
        Krippendorff advises relying on α from 0.80 and drawing only tentative conclusions from 0.67. A dash means nobody tagged that kind,
        so there is nothing to agree on.
      </p>
    </section>
  );
}

function units(f: AgreementFigures): string {
  return `${f.units} paragraph × kind units (${f.taggedByAny} tagged by anyone, ${f.unanimous} unanimous)`;
}
