import type { ExportFilters } from "@verbatim/contract";

const list = (values: readonly string[]) => values.join(", ");

function range(from: string | undefined, to: string | undefined): string | null {
  if (from && to) return from === to ? from : `${from} to ${to}`;
  if (from) return `from ${from}`;
  if (to) return `until ${to}`;
  return null;
}

/** The filters of an export in words, for a brief's title page; empty when everything is exported. */
export function describeExportFilters(
  f: ExportFilters,
  names: { statements: ReadonlyMap<string, string>; authors: ReadonlyMap<string, string> },
): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = [];
  const add = (label: string, value: string | null | undefined) => {
    if (value) out.push({ label, value });
  };
  add("Statements", f.statement && list(f.statement.map((slug) => names.statements.get(slug) ?? slug)));
  add("Review status", f.status && list(f.status));
  add("Kind", f.kind && list(f.kind));
  add("Author", f.author && list(f.author.map((id) => names.authors.get(id) ?? id)));
  add(f.all?.includes("label") ? "Labels (all of)" : "Labels (any of)", f.label && list(f.label));
  add("Stance", f.stance && list(f.stance));
  add("Strength", f.strength && list(f.strength));
  add("Relation", f.relation && list(f.relation));
  add("Cross-reference target", f.target);
  add(f.all?.includes("topic") ? "Topics (all of)" : "Topic", f.topic && list(f.topic));
  add("Delegation", f.delegation && list(f.delegation));
  add("On behalf of", f.onBehalfOf && list(f.onBehalfOf));
  add("Forum", f.forum && list(f.forum));
  add("Year", f.year && list(f.year));
  add("Month", f.month && list(f.month));
  add("Instrument cited", f.instrument && list(f.instrument));
  add("Statement date", range(f.from, f.to));
  add("Tagged", range(f.taggedFrom, f.taggedTo));
  // Named only when asked for: by default orphans are simply left out.
  add("Anchoring", f.anchor && list(f.anchor));
  return out;
}
