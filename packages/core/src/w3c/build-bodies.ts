import type { AnnotationView } from "../model/annotation.ts";
import { crossReferenceIri } from "./link-target.ts";
import { tiptapToHtml } from "./tiptap-html.ts";
import type { W3cBody, W3cTextualBody } from "./w3c-types.ts";

/** Attributes that classify the passage; the rest describe it. */
const CLASSIFYING_ATTRIBUTES = new Set(["stance", "strength", "relation"]);

const text = (purpose: W3cTextualBody["purpose"], value: string, format: W3cTextualBody["format"] = "text/plain"): W3cTextualBody => ({
  type: "TextualBody",
  purpose,
  value,
  format,
});

function attributeText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(", ");
  return typeof value === "string" ? value : JSON.stringify(value);
}

function noteBody(a: AnnotationView): W3cBody | null {
  if (a.note === null || a.note === "") return null;
  const plain = text("commenting", a.note);
  const html = a.noteDoc === null || a.noteDoc === undefined ? null : tiptapToHtml(a.noteDoc);
  return html ? { type: "Choice", items: [plain, text("commenting", html, "text/html")] } : plain;
}

export interface BodyOptions {
  baseUrl: string;
  instrumentKeys?: ReadonlySet<string> | undefined;
}

/**
 * The bodies of an exported annotation: the kind (classifying), one readable "key: value" body per
 * attribute, one tagging body per label, the note (commenting; a Choice of plain text and HTML when
 * rich), and for a cross-reference a linking body whose source is the referenced resource.
 */
export function buildBodies(a: AnnotationView, opts: BodyOptions): W3cBody[] {
  const bodies: W3cBody[] = [text("classifying", a.kind)];
  for (const [key, value] of Object.entries(a.attributes)) {
    const shown = attributeText(value);
    if (shown !== null) bodies.push(text(CLASSIFYING_ATTRIBUTES.has(key) ? "classifying" : "describing", `${key}: ${shown}`));
  }
  for (const label of a.labels) bodies.push(text("tagging", label));
  const note = noteBody(a);
  if (note) bodies.push(note);
  const target = a.kind === "cross-reference" ? a.attributes.target : undefined;
  const iri = typeof target === "string" ? crossReferenceIri(target, opts.baseUrl, opts.instrumentKeys) : null;
  if (iri) bodies.push({ type: "SpecificResource", purpose: "linking", source: iri });
  return bodies;
}
