import type { Code } from "../queries/codebook-query.ts";

/** "New — for review" and "Deprecated" (an active code needs no badge). */
export function CodeStatusBadge({ status }: { status: Code["status"] }) {
  if (status === "active") return null;
  return <span className={`code-badge code-badge-${status}`}>{status === "new" ? "New — for review" : "Deprecated"}</span>;
}

/** The code's colour, or an empty ring when it has none. */
export function CodeSwatch({ colour }: { colour: string | null }) {
  return <span className="code-swatch" aria-hidden="true" style={colour ? { background: colour, borderColor: colour } : undefined} />;
}

export const usesText = (uses: number) => `${uses} ${uses === 1 ? "use" : "uses"}`;
