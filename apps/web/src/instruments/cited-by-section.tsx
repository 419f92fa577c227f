import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { RELATION_LABELS, labelFor } from "../lib/taxonomy-labels.ts";
import { citedByQuery } from "./cited-by-query.ts";
import { citingHref } from "./instrument-query.ts";

interface CitedBySectionProps {
  slug: string;
  /** The shown revision's blocks, for their display numbers. */
  paragraphs: readonly { id: string; number: number | null }[];
}

/**
 * "Cited by": the other statements' cross-references to this statement's paragraphs, paragraph by paragraph, each
 * paragraph a link to itself in the reader (its hash) and each citing one a link to its place. Nothing while none.
 */
export function CitedBySection({ slug, paragraphs }: CitedBySectionProps) {
  const cited = useQuery(citedByQuery(slug));
  const items = cited.data?.items ?? [];
  if (items.length === 0) return null;
  const numberOf = new Map(paragraphs.map((p) => [p.id, p.number]));
  const order = new Map(paragraphs.map((p, i) => [p.id, i]));
  const sorted = [...items].sort((a, b) => (order.get(a.paragraphId) ?? Infinity) - (order.get(b.paragraphId) ?? Infinity));
  const count = items.reduce((n, i) => n + i.references.length, 0);
  return (
    <details className="cited-by">
      <summary>
        Cited by other statements <span className="cited-by-count">{count}</span>
      </summary>
      <ul className="cited-by-list">
        {sorted.map((item) => {
          const number = numberOf.get(item.paragraphId);
          return (
            <li key={item.paragraphId}>
              <Link className="cited-by-paragraph" to={`#${item.paragraphId}`}>
                {number === undefined ? `${item.paragraphId} (not in this revision)` : number === null ? item.paragraphId : `¶${number}`}
              </Link>
              <ul>
                {item.references.map((r) => (
                  <li key={r.annotationId}>
                    <Link to={citingHref(r)}>{r.citation}</Link>{" "}
                    <span className="cited-by-relation">{labelFor(RELATION_LABELS, r.relation).toLowerCase()}</span>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
