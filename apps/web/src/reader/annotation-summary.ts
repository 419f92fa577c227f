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

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value : null);
const list = (value: unknown): string | null =>
  Array.isArray(value) && value.length > 0 ? value.filter((v) => typeof v === "string").join(", ") : null;

/** Where a cross-reference's target leads: another statement's paragraph in this app, or a web page. */
export function targetLink(target: string): Pick<SummaryLine, "href" | "external"> {
  const ref = parseStatementParagraphRef(target);
  if (ref) return { href: `/s/${encodeURIComponent(ref.slug)}#${ref.paragraphId}` };
  if (isHttpUrl(target)) return { href: target, external: true };
  return {};
}

/** The attributes of an annotation as labelled lines, in the order analysts read them. */
export function attributeLines(annotation: Annotation): SummaryLine[] {
  const a = annotation.attributes;
  const lines: SummaryLine[] = [];
  const add = (label: string, value: string | null, extra: Partial<SummaryLine> = {}) => {
    if (value !== null) lines.push({ label, value, ...extra });
  };
  if (annotation.kind === "position") {
    add("Stance", text(a.stance) && humanise(String(a.stance)));
    add("Topics", list(a.topics));
    add("Actor", text(a.actor));
  } else if (annotation.kind === "commitment") {
    add("Strength", text(a.strength) && humanise(String(a.strength)));
    add("Actor", text(a.actor));
    add("Action", text(a.action));
    add("Deadline", text(a.deadline));
  } else {
    add("Relation", text(a.relation) && humanise(String(a.relation)));
    const target = text(a.target);
    add("Target", target, target ? targetLink(target) : {});
  }
  return lines;
}

/** A one-sentence summary for screen readers: kind, the main attribute, author and status. */
export function spokenSummary(annotation: Annotation, kindLabel: string): string {
  const main = attributeLines(annotation)[0];
  const pending = annotation.id.startsWith("optimistic-") ? ", not yet saved" : "";
  return `${kindLabel}${main ? `, ${main.value}` : ""}, by ${annotation.author.name}, ${humanise(annotation.status).toLowerCase()}${pending}`;
}
