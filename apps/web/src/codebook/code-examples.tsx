import { quoted } from "@verbatim/core";
import { Link } from "react-router";
import type { Code } from "../queries/codebook-query.ts";
import { useCodeAnnotations } from "./use-code-annotations.ts";

const EXAMPLES = 3;

/** `slug#p7` as the reader's deep link. */
export const readerHref = (reference: string) => {
  const [slug = "", paragraph = ""] = reference.split("#");
  return `/s/${encodeURIComponent(slug)}${paragraph ? `#${paragraph}` : ""}`;
};

/** Up to three quotes tagged with the code, each linking to its paragraph in the reader. */
export function CodeExamples({ code }: { code: Code }) {
  const examples = useCodeAnnotations(code, EXAMPLES);
  if (code.uses === 0) return <p className="code-none">Not used on any annotation yet.</p>;
  if (examples.isPending) return <p className="code-none">Loading examples…</p>;
  if (examples.isError) return <p className="code-none">The examples could not be loaded.</p>;
  return (
    <ul className="code-examples">
      {examples.data.items.map((a) => (
        <li key={a.id}>
          <blockquote>{quoted(a.quote.exact)}</blockquote>
          <Link to={readerHref(a.reference)}>{a.citation}</Link>
        </li>
      ))}
    </ul>
  );
}
