import type { Annotation } from "@verbatim/contract";
import { isHttpUrl, parseStatementParagraphRef } from "@verbatim/core";

/** One line of a highlight's card: a named attribute, with a link where its value points somewhere. */
export interface SummaryLine {
  label: string;
  value: string;
  /** An in-app path (`/s/slug#p7`) or an external URL. */
  href?: string;
  external?: boolean;
}

/** "responds-to" → "Responds to": the taxonomy's keys read well enough once humanised. */
export const humanise = (value: string): string => {
  const spaced = value.replace(/-/g, " ");
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};

/** Where a cross-reference's target leads: another statement's paragraph in this app, or a web page. */
export function targetLink(target: string): Pick<SummaryLine, "href" | "external"> {
  const ref = parseStatementParagraphRef(target);
  if (ref) return { href: `/s/${encodeURIComponent(ref.slug)}#${ref.paragraphId}` };
  if (isHttpUrl(target)) return { href: target, external: true };
  return {};
}

/** The attributes of an annotation as labelled lines, in the order analysts read them. */
export function attributeLines(annotation: Annotation): SummaryLine[] {
  const lines: SummaryLine[] = [];
  const add = (label: string, value: string | null | undefined, extra: Partial<SummaryLine> = {}) => {
    if (value) lines.push({ label, value, ...extra });
  };
  if (annotation.kind === "position") {
    const a = annotation.attributes;
    add("Stance", humanise(a.stance));
    add("Topics", a.topics?.join(", "));
    add("Actor", a.actor);
  } else if (annotation.kind === "commitment") {
    const a = annotation.attributes;
    add("Strength", humanise(a.strength));
    add("Actor", a.actor);
    add("Action", a.action);
    add("Deadline", a.deadline);
  } else {
    const a = annotation.attributes;
    add("Relation", humanise(a.relation));
    add("Target", a.target, targetLink(a.target));
  }
  return lines;
}

/** A one-sentence summary for screen readers: kind, the main attribute, author and status. */
export function spokenSummary(annotation: Annotation, kindLabel: string): string {
  const main = attributeLines(annotation)[0];
  const pending = annotation.id.startsWith("optimistic-") ? ", not yet saved" : "";
  return `${kindLabel}${main ? `, ${main.value}` : ""}, by ${annotation.author.name}, ${humanise(annotation.status).toLowerCase()}${pending}`;
}
