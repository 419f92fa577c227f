import type { Annotation } from "@verbatim/contract";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { RELATION_LABELS, STANCE_LABELS, STRENGTH_LABELS, labelFor } from "./taxonomy-labels.ts";
import { crossReferenceHref } from "./target-link.ts";
import type { Instrument } from "./use-vocabulary.ts";

interface DetailsProps {
  annotation: Annotation;
  instruments: readonly Instrument[];
}

const text = (value: unknown): string => (typeof value === "string" ? value : "");

/** The kind's attributes, as a description list. */
export function AnnotationDetails({ annotation, instruments }: DetailsProps) {
  const a = annotation.attributes;
  const rows: [string, ReactNode][] = [];
  if (annotation.kind === "position") {
    rows.push(["Stance", labelFor(STANCE_LABELS, a.stance)]);
    const topics = Array.isArray(a.topics) ? a.topics.filter((t): t is string => typeof t === "string") : [];
    if (topics.length) rows.push(["Topics", topics.join(", ")]);
    if (text(a.actor)) rows.push(["Actor", text(a.actor)]);
  } else if (annotation.kind === "commitment") {
    rows.push(["Strength", labelFor(STRENGTH_LABELS, a.strength)]);
    if (text(a.actor)) rows.push(["Actor", text(a.actor)]);
    if (text(a.action)) rows.push(["Action", text(a.action)]);
    if (text(a.deadline)) rows.push(["Deadline", text(a.deadline)]);
  } else {
    rows.push(["Relation", labelFor(RELATION_LABELS, a.relation)]);
    rows.push(["Target", <TargetValue key="t" target={text(a.target)} instruments={instruments} />]);
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
