import type { Suggestion } from "@verbatim/core";
import type { CoveringAnnotation } from "./open-suggestions-sql.ts";

const sameTarget = (a: string | null, b: string): boolean => a !== null && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Whether an annotation covers a suggestion: the same kind, over some of the same words, and for a cross-reference
 * the same target (words may cite two things: "the Protocol to the Palermo Convention"). A position or commitment
 * already tagged there, whatever its stance or strength, is the analyst's call made, and not offered again.
 */
function covers(a: CoveringAnnotation, s: Suggestion, order: ReadonlyMap<string, number>): boolean {
  if (a.kind !== s.kind) return false;
  if (s.kind === "cross-reference" && !sameTarget(a.target, s.attributes.target)) return false;
  const at = order.get(s.target.paragraphId);
  const from = order.get(a.paragraph_id);
  const to = order.get(a.end_paragraph_id ?? a.paragraph_id);
  if (at === undefined || from === undefined || to === undefined || at < from || at > to) return false;
  const start = at === from ? a.start : 0;
  const end = at === to ? a.end : Number.POSITIVE_INFINITY;
  return s.target.start < end && start < s.target.end;
}

/**
 * The suggestions still open to a member: not dismissed by them, and not covered by an annotation already there.
 * Annotations are indexed by paragraph, so a 20,000-word statement's thousands of suggestions are checked against
 * only the annotations of their own paragraph (and those spanning several).
 */
export function openSuggestions(
  items: readonly Suggestion[],
  opts: { blocks: readonly string[]; annotations: readonly CoveringAnnotation[]; dismissed: ReadonlySet<string> },
): Suggestion[] {
  const order = new Map(opts.blocks.map((id, i) => [id, i]));
  const byParagraph = new Map<string, CoveringAnnotation[]>();
  const spanning: CoveringAnnotation[] = [];
  for (const a of opts.annotations) {
    if (a.end_paragraph_id && a.end_paragraph_id !== a.paragraph_id) spanning.push(a);
    else {
      const list = byParagraph.get(a.paragraph_id);
      if (list) list.push(a);
      else byParagraph.set(a.paragraph_id, [a]);
    }
  }
  return items.filter((s) => {
    if (opts.dismissed.has(s.id)) return false;
    const near = byParagraph.get(s.target.paragraphId) ?? [];
    return !near.some((a) => covers(a, s, order)) && !spanning.some((a) => covers(a, s, order));
  });
}
