import type { Finding } from "./suggestion.ts";

/** Surer first, then longer, then earlier. */
const rank = (a: Finding, b: Finding) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start;

/** Past this many overlapping references in a row (only hostile text makes them), the earliest ones stay. */
const MAX_CLUSTER = 64;

/** References that overlap keep one: the surest. Done per run of overlapping findings, so the cost stays linear. */
function settleReferences(references: Finding[]): Finding[] {
  const byStart = [...references].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (let i = 0; i < byStart.length;) {
    let j = i + 1;
    let reach = byStart[i]!.end;
    while (j < byStart.length && byStart[j]!.start < reach) reach = Math.max(reach, byStart[j++]!.end);
    const cluster = byStart.slice(i, j);
    const chosen: Finding[] = [];
    for (const finding of cluster.length > MAX_CLUSTER ? cluster : cluster.sort(rank)) {
      if (!chosen.some((c) => c.start < finding.end && finding.start < c.end)) chosen.push(finding);
      if (chosen.length > MAX_CLUSTER) break;
    }
    kept.push(...chosen);
    i = j;
  }
  return kept;
}

/** Clauses of one kind that start at the same word keep one: the surest. */
function settleClauses(clauses: Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  for (const finding of clauses) {
    const key = `${finding.kind}\u0000${finding.start}`;
    const current = best.get(key);
    if (!current || rank(finding, current) < 0) best.set(key, finding);
  }
  return [...best.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * One finding per stretch of words and kind: where rules overlap on a kind, the surer finding (then the longer)
 * stays. The clause of a position or commitment stops where the next one in it begins ("We welcome X and urge
 * Y" is two), minus the joining words.
 */
export function settleFindings(text: string, findings: readonly Finding[]): Finding[] {
  const references = settleReferences(findings.filter((f) => f.kind === "cross-reference"));
  const clauses = settleClauses(findings.filter((f) => f.kind !== "cross-reference"));
  let next = 0;
  const cut = clauses.map((finding) => {
    while (next < clauses.length && clauses[next]!.start <= finding.start) next++;
    const following = clauses[next];
    if (!following || following.start >= finding.end) return finding;
    const before = text.slice(finding.start, following.start).replace(/(?:[\s,;]|\b(?:and|but|while|whereas)\b)+$/u, "");
    return { ...finding, end: finding.start + before.length };
  });
  return [...references, ...cut].sort((a, b) => a.start - b.start || a.end - b.end);
}
