import { useQuery } from "@tanstack/react-query";
import { parseStatementParagraphRef, type TaggedAttributes } from "@verbatim/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { paragraphCitationQuery } from "../instruments/paragraph-citations.ts";
import { RELATION_LABELS, STANCE_LABELS, STRENGTH_LABELS, labelFor } from "../lib/taxonomy-labels.ts";
import { crossReferenceHref } from "./target-link.ts";
import type { Instrument } from "./use-vocabulary.ts";

interface DetailsProps {
  /** An annotation, or anything else with a kind and its attributes (a suggestion). */
  annotation: TaggedAttributes;
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
  const href = crossReferenceHref(target, new Set(instruments.map((i) => i.key)));
  if (instrument && href) {
    return (
      <Link to={href} title={`${instrument.name}: who cites it`}>
        <abbr title={instrument.name}>{target}</abbr>
      </Link>
    );
  }
  if (!href) return <>{target}</>;
  if (parseStatementParagraphRef(target)) return <CitedParagraph target={target} href={href} />;
  if (href.startsWith("/")) return <Link to={href}>{target}</Link>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {target}
    </a>
  );
}

/** Another statement's paragraph, as a reader reads it ("France, Security Council, 1 February 2024, ¶2"). */
function CitedParagraph({ target, href }: { target: string; href: string }) {
  const cited = useQuery(paragraphCitationQuery(target));
  const citation = cited.data?.citation;
  return (
    <Link to={href} title={citation ? target : undefined}>
      {citation ?? target}
      {cited.data && !cited.data.inCurrent && citation ? " (since removed)" : ""}
    </Link>
  );
}
