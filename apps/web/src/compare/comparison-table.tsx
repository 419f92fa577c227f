import type { Annotation, CompareGroup } from "@verbatim/contract";
import { Link } from "react-router";
import { adoptedId, offersAdoption } from "./adopt-plan.ts";
import { CompareCell } from "./compare-cell.tsx";
import { outcomeText } from "./compare-labels.ts";
import { OutcomeLegend } from "./outcome-legend.tsx";
import type { Comparison } from "./use-comparison.ts";

interface ComparisonTableProps {
  slug: string;
  comparison: Comparison;
  /** Adopts one version of a group; offered where the caller may review every version (offersAdoption). */
  onAdopt: (group: CompareGroup, chosen: Annotation) => void;
  adopting: boolean;
}

const EXCERPT = 220;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT).trimEnd()}…` : text);

/** A row per group of overlapping tags, under its paragraph; a column per annotator. */
export function ComparisonTable({ slug, comparison, onAdopt, adopting }: ComparisonTableProps) {
  const { annotators, paragraphs } = comparison;
  if (paragraphs.length === 0) return <p className="compare-empty">None of these annotators has tagged anything of the kinds shown.</p>;
  return (
    <>
      <OutcomeLegend />
      <table className="compare-table">
        <caption>Annotations side by side, per paragraph</caption>
        <thead>
          <tr>
            <th scope="col">Paragraph</th>
            <th scope="col">Outcome</th>
            {annotators.map((a) => (
              <th scope="col" key={a.id}>
                {a.name}
              </th>
            ))}
          </tr>
        </thead>
        {paragraphs.map((p) => (
          <tbody key={p.id} className="compare-paragraph">
            {p.groups.map((group, index) => (
              <tr key={group.annotations[0]?.id ?? index} className={`compare-group outcome-${group.outcome}`}>
                {index === 0 && (
                  <th scope="rowgroup" rowSpan={p.groups.length} className="compare-paragraph-cell">
                    <Link to={`/s/${encodeURIComponent(slug)}#${p.id}`}>{p.number !== null ? `¶${p.number}` : p.id}</Link>
                    <p className="compare-paragraph-text">{excerpt(p.text)}</p>
                  </th>
                )}
                <td>
                  <span className={`outcome-badge outcome-${group.outcome}`}>{outcomeText(group)}</span>
                </td>
                {annotators.map((a) => (
                  <CompareCell
                    key={a.id}
                    annotatorName={a.name}
                    annotations={group.annotations.filter((x) => x.author.id === a.id)}
                    onAdopt={offersAdoption(group) ? (chosen) => onAdopt(group, chosen) : null}
                    adoptedId={adoptedId(group)}
                    adopting={adopting}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </>
  );
}
