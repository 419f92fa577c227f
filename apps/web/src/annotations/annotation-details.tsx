import type { Annotation } from "@verbatim/contract";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { RELATION_LABELS, STANCE_LABELS, STRENGTH_LABELS, labelFor } from "../lib/taxonomy-labels.ts";
import { crossReferenceHref } from "./target-link.ts";
import type { Instrument } from "./use-vocabulary.ts";

interface DetailsProps {
  annotation: Annotation;
  instruments: readonly Instrument[];
}

/** The kind's attributes, as a description list. */
export function AnnotationDetails({ annotation, instruments }: DetailsProps) {
  const rows: [string, ReactNode][] = [];
  if (annotation.kind === "position") {
    const a = annotation.attributes;
    rows.push(["Stance", labelFor(STANCE_LABELS, a.stance)]);
    if (a.topics?.length) rows.push(["Topics", a.topics.join(", ")]);
    if (a.actor) rows.push(["Actor", a.actor]);
  } else if (annotation.kind === "commitment") {
    const a = annotation.attributes;
    rows.push(["Strength", labelFor(STRENGTH_LABELS, a.strength)]);
    if (a.actor) rows.push(["Actor", a.actor]);
    if (a.action) rows.push(["Action", a.action]);
    if (a.deadline) rows.push(["Deadline", a.deadline]);
  } else {
    const a = annotation.attributes;
    rows.push(["Relation", labelFor(RELATION_LABELS, a.relation)]);
    rows.push(["Target", <TargetValue key="t" target={a.target} instruments={instruments} />]);
  }
  return (
    <dl className="annotation-details">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function TargetValue({ target, instruments }: { target: string; instruments: readonly Instrument[] }) {
  const instrument = instruments.find((i) => i.key === target);
  if (instrument) return <abbr title={instrument.name}>{target}</abbr>;
  const href = crossReferenceHref(target, new Set(instruments.map((i) => i.key)));
  if (!href) return <>{target}</>;
  if (href.startsWith("/")) return <Link to={href}>{target}</Link>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {target}
    </a>
  );
}
