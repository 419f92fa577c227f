import type { AnnotationView } from "../model/annotation.ts";
import type { StatementRef } from "../model/statement-ref.ts";
import type { TextBlock } from "../anchoring/text-block.ts";
import { provenanceText, type SuggestionProvenance } from "../suggestions/provenance.ts";
import { buildBodies } from "./build-bodies.ts";
import { buildTarget } from "./build-target.ts";
import { statementIri, statementRevisionIri } from "./link-target.ts";
import { ANNOTATION_CONTEXT, GENERATOR_NAME, trimBaseUrl } from "./vocabulary.ts";
import type { W3cAnnotation, W3cEmbeddedAnnotation } from "./w3c-types.ts";

export interface ToW3cOptions {
  /** Where the app is served, e.g. https://verbatim.example.org; IRIs are made from it. */
  baseUrl: string;
  /** Paragraph texts of the revision the annotation is anchored in (`anchor.revision`) by canonical ID, for code point positions. */
  blockTexts?: ReadonlyMap<string, string> | undefined;
  /** The workspace's instrument keys, so that a key that is also a UN symbol links to the registry. */
  instrumentKeys?: ReadonlySet<string> | undefined;
  /** The IRI of the annotation this one was imported from: where that one lives, an import of this one is a duplicate. */
  via?: string | null | undefined;
}

/** ISO 8601 with a time zone (the model's xsd:dateTime); left as given when it cannot be parsed. */
const CANONICAL_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function isoDateTime(value: string): string {
  // The API's own timestamps are already canonical: skipping the parse matters at 100,000 annotations an export.
  if (CANONICAL_ISO.test(value)) return value;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString();
}

type AnnotatedStatement = StatementRef & { blocks?: readonly TextBlock[] | undefined };
/** The annotation, with where it came from when the caller knows (the API's export does). */
type ExportedView = AnnotationView & { provenance?: SuggestionProvenance | undefined };

/** One annotation as W3C Web Annotation JSON-LD, with Verbatim's extension terms for a lossless re-import. */
export function toW3cAnnotation(a: ExportedView, statement: AnnotatedStatement, opts: ToW3cOptions): W3cAnnotation {
  return { "@context": ANNOTATION_CONTEXT, ...toW3cEmbeddedAnnotation(a, statement, opts) };
}

/**
 * The document the target's selectors are in: the statement (its current text) for an annotation on its words, and
 * for an orphan, whose words the current text no longer holds, the revision it is still anchored in.
 */
function sourceOf(base: string, statement: StatementRef, a: AnnotationView): string {
  return a.anchor.state === "orphaned" ? statementRevisionIri(base, statement.slug, a.anchor.revision) : statementIri(base, statement.slug);
}

/** The same without @context, as a collection's page holds it (the collection gives the context). */
export function toW3cEmbeddedAnnotation(a: ExportedView, statement: AnnotatedStatement, opts: ToW3cOptions): W3cEmbeddedAnnotation {
  const base = trimBaseUrl(opts.baseUrl);
  const textOf = (id: string): string | undefined => opts.blockTexts?.get(id) ?? statement.blocks?.find((b) => b.id === id)?.text;
  const annotation: W3cEmbeddedAnnotation = {
    id: `${base}/api/annotations/${encodeURIComponent(a.id)}`,
    type: "Annotation",
    ...(opts.via ? { via: opts.via } : {}),
    motivation: a.kind === "cross-reference" ? "linking" : "classifying",
    created: isoDateTime(a.createdAt),
    modified: isoDateTime(a.updatedAt),
    creator: { id: `${base}/api/users/${encodeURIComponent(a.author.id)}`, type: "Person", name: a.author.name },
    generator: { id: `${base}/`, type: "Software", name: GENERATOR_NAME, homepage: `${base}/` },
    body: buildBodies(a, { baseUrl: base, instrumentKeys: opts.instrumentKeys }),
    target: buildTarget(sourceOf(base, statement, a), a.target, a.quote, textOf),
    "verbatim:kind": a.kind,
    "verbatim:attributes": a.attributes,
    "verbatim:status": a.status,
    "verbatim:version": a.version,
    "verbatim:revision": a.revision,
    "verbatim:anchor": a.anchor,
  };
  if (a.noteDoc !== null && a.noteDoc !== undefined) annotation["verbatim:noteDoc"] = a.noteDoc;
  // A plain literal under Verbatim's own prefix (vocabulary.ts), so valid JSON-LD without a new term in the context;
  // the same text as the CSV's provenance column.
  if (a.provenance) annotation["verbatim:provenance"] = provenanceText(a.provenance);
  return annotation;
}
