import type { AgreementFigures, AttributeFigures, CodeAgreement } from "@verbatim/contract";
import { ANNOTATION_KINDS, ATTRIBUTE_KEYS, attributeKind } from "@verbatim/core";
import { KIND_LABELS } from "../lib/taxonomy-labels.ts";
import { ac1Text, alphaText, kappaText } from "./agreement-scale.ts";
import { ATTRIBUTE_LABELS } from "./compare-labels.ts";
import { FiguresTable, type FiguresRow } from "./figures-table.tsx";
import type { Comparison } from "./use-comparison.ts";

type Agreement = NonNullable<Comparison["agreement"]>;

/** The agreement figures, overall, per kind, per attribute and per code, with what they count and how to read them. */
export function AgreementSummary({ agreement }: { agreement: Agreement }) {
  const two = agreement.overall.annotators === 2;
  return (
    <section className="agreement" aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">Agreement</h2>
      <p className="agreement-overall">
        {two && <strong>{kappaText(agreement.overall.kappa)}</strong>}
        {two && " · "}
        <strong>{alphaText(agreement.overall.alpha)}</strong>
        {" · "}
        <strong>{ac1Text(agreement.overall.ac1)}</strong>
        <span className="agreement-units"> over {units(agreement.overall)}</span>
      </p>
      <div className="agreement-tables">
        <FiguresTable caption="Per kind" heading="Kind" withKappa={two} rows={kindRows(agreement)} />
        <FiguresTable caption="Per attribute, on the words tagged" heading="Attribute" withKappa={two} rows={attributeRows(agreement)} />
      </div>
      {agreement.byCode.length > 0 && (
        <details className="agreement-codes">
          <summary>Per topic and label ({agreement.byCode.length})</summary>
          <FiguresTable caption="Per topic and label, most tagged first" heading="Code" withKappa={two} rows={codeRows(agreement.byCode)} />
        </details>
      )}
      <p className="field-hint agreement-help">
        Per kind and per code, each paragraph counts once: a unit is tagged by an annotator if any of their tags of that kind, or with that
        topic or label, touches the paragraph. Per attribute, a unit is a stretch of words tagged with the kind, and each annotator's value
        is the stance, strength, relation or target they gave it; only annotators who tagged the stretch count. All three figures run from 1
        (full agreement) through 0 (no better than chance) to below 0 (systematic disagreement).{" "}
        {two &&
          "Cohen's κ reads, after Landis and Koch: up to 0.20 slight, 0.40 fair, 0.60 moderate, 0.80 substantial, above that almost perfect. "}
        Krippendorff advises relying on α from 0.80 and drawing only tentative conclusions from 0.67. A dash means there is no variation to
        agree on (nobody tagged that kind, or everyone gave one value).
      </p>
      <details className="agreement-why">
        <summary>Why Gwet's AC1 as well?</summary>
        <p className="field-hint">
          κ and α correct for the agreement chance would give, and they estimate chance from how often each value is used. When one value
          dominates (most paragraphs untagged by everyone, nearly every stance "supports"), chance alone would agree almost always, so κ and
          α fall near 0, or below, even where the annotators agree on nearly every unit: the kappa paradox. Two annotators who both say yes
          to 90 units of 100 and split the other 10 get κ −0.05 and AC1 0.89. Gwet's AC1 estimates chance from how far the values are from
          evenly used, so it stays close to the share of agreement there. Read the three together: a low κ and α beside a high AC1 says the
          values are lopsided, not that the annotators disagree.
        </p>
      </details>
    </section>
  );
}

const figures = (f: { kappa: number | null; alpha: number | null; ac1: number | null }) => ({ kappa: f.kappa, alpha: f.alpha, ac1: f.ac1 });

function units(f: AgreementFigures): string {
  return `${f.units} paragraph × kind units (${f.taggedByAny} tagged by anyone, ${f.unanimous} unanimous)`;
}

const kindRows = (agreement: Agreement): FiguresRow[] =>
  ANNOTATION_KINDS.map((kind) => {
    const f = agreement.byKind[kind];
    return { key: kind, label: KIND_LABELS[kind], ...figures(f), units: `${f.taggedByAny} of ${f.units} tagged, ${f.unanimous} unanimous` };
  });

const attributeRows = (agreement: Agreement): FiguresRow[] =>
  ATTRIBUTE_KEYS.map((key) => {
    const f: AttributeFigures = agreement.byAttribute[key];
    return {
      key,
      label: `${KIND_LABELS[attributeKind(key)]} ${ATTRIBUTE_LABELS[key]}`,
      ...figures(f),
      units: `${f.units} stretches, ${f.ratedByAll} tagged by all, ${f.unanimous} unanimous`,
    };
  });

const codeRows = (codes: CodeAgreement[]): FiguresRow[] =>
  codes.map(({ code, figures: f }) => ({
    key: `${code.type}:${code.name}`,
    label: `${code.type === "topic" ? "Topic" : "Label"}: ${code.name}`,
    ...figures(f),
    units: `${f.taggedByAny} of ${f.units} tagged, ${f.unanimous} unanimous`,
  }));
