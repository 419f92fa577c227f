import { useQuery } from "@tanstack/react-query";
import { codebookAgreementQuery, type Code } from "../queries/codebook-query.ts";

const figure = (value: number | null): string => (value === null ? "—" : value.toFixed(2));

/**
 * How far the people who tagged the same statements agree on this code: Krippendorff's α and Gwet's AC1 over
 * paragraph × code units (the server's corpus figures), or why there is nothing to show yet.
 */
export function CodeAgreement({ code }: { code: Code }) {
  const { data, isPending, isError } = useQuery(codebookAgreementQuery());
  if (isPending) return <p className="code-none">Working out agreement…</p>;
  if (isError) return <p className="code-none">Agreement could not be loaded.</p>;
  const figures = data.items.find((f) => f.codeId === code.id);
  if (!figures) return <p className="code-none">No statement tagged by two or more people uses it yet.</p>;
  return (
    <dl className="code-agreement" aria-label={`Agreement on ${code.name}`}>
      <div>
        <dt title="Krippendorff's alpha (nominal)">α</dt>
        <dd>{figure(figures.alpha)}</dd>
      </div>
      <div>
        <dt title="Gwet's AC1: stays meaningful when most paragraphs carry no code (the kappa paradox)">AC1</dt>
        <dd>{figure(figures.ac1)}</dd>
      </div>
      <div>
        <dt>Over</dt>
        <dd>
          {figures.units} paragraphs of {figures.statements} {figures.statements === 1 ? "statement" : "statements"}, {figures.annotators}{" "}
          people
        </dd>
      </div>
    </dl>
  );
}
