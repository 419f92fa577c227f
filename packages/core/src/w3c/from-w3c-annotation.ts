import type { TextBlock } from "../anchoring/text-block.ts";
import { AnnotationAnchor, type TextQuote, type TextTarget } from "../model/annotation.ts";
import { err, ok, type Result } from "../model/result.ts";
import { ANNOTATION_KINDS, REVIEW_STATUSES, type AnnotationKind, type ReviewStatus } from "../model/taxonomy.ts";
import { anchorReadTarget, type AnchoredBy } from "./anchor-read-target.ts";
import { isRecord, stringOf, stringsOf } from "./json.ts";
import { statementSlugFromIri } from "./link-target.ts";
import { readAttributes } from "./read-attributes.ts";
import { readBodies } from "./read-bodies.ts";
import { readTarget } from "./read-target.ts";

export interface FromW3cOptions {
  /** The exporting app's base URL; by default taken from the annotation's id (…/api/annotations/ID). */
  baseUrl?: string | undefined;
  /** The statement's blocks in reading order; with them the target is converted to UTF-16 offsets. */
  blocks?: readonly TextBlock[] | undefined;
}

export interface ParsedW3cAnnotation {
  id: string | null;
  /** The annotations it was copied from (W3C via). */
  via: string[];
  kind: AnnotationKind | null;
  attributes: Record<string, unknown>;
  labels: string[];
  note: string | null;
  noteDoc: unknown;
  status: ReviewStatus | null;
  version: number | null;
  revision: number | null;
  createdAt: string | null;
  updatedAt: string | null;
  /** The creator as written: its IRI, name and email (a W3C Agent's `email` is a mailto: IRI; here the address alone). */
  author: { id: string | null; name: string | null; email: string | null } | null;
  /** The annotated document's IRI and, when it is a Verbatim reader URL, the statement's slug. */
  source: string | null;
  statementSlug: string | null;
  paragraphId: string | null;
  endParagraphId: string | null;
  /** TextPositionSelector offsets as exported: Unicode code points. */
  codePoints: { start: number; end: number } | null;
  quote: TextQuote | null;
  /** The TextQuoteSelector as written, before placing: what a fuzzy placement keeps as the previous quote. */
  sourceQuote: TextQuote | null;
  /** UTF-16 target in the given blocks; null without blocks or when the span was not found. */
  target: TextTarget | null;
  anchoredBy: AnchoredBy | null;
  /** Where the exporting Verbatim had it after its revisions (verbatim:anchor); null from other tools. */
  anchor: AnnotationAnchor | null;
}

export type W3cParseErrorCode = "not_an_object" | "not_an_annotation" | "no_anchor";
export interface W3cParseError {
  code: W3cParseErrorCode;
  message: string;
}

const oneOf = <T extends string>(list: readonly T[], v: unknown): T | null => ((list as readonly unknown[]).includes(v) ? (v as T) : null);
const integer = (v: unknown): number | null => (typeof v === "number" && Number.isInteger(v) ? v : null);

/** An address from a mailto: IRI or a bare one; null when it is neither. */
function emailOf(value: string | null): string | null {
  const address = value?.replace(/^mailto:/i, "").trim() ?? "";
  return /^[^\s@]+@[^\s@]+$/.test(address) ? address : null;
}

function readAuthor(creator: unknown): ParsedW3cAnnotation["author"] {
  const first = Array.isArray(creator) ? creator[0] : creator;
  if (typeof first === "string") return { id: first, name: null, email: /^mailto:/i.test(first) ? emailOf(first) : null };
  if (!isRecord(first)) return null;
  const id = stringOf(first.id);
  return { id, name: stringOf(first.name), email: emailOf(stringOf(first.email)) ?? (id && /^mailto:/i.test(id) ? emailOf(id) : null) };
}

function readAnchor(value: unknown): AnnotationAnchor | null {
  const parsed = AnnotationAnchor.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Reads a W3C Web Annotation back: losslessly from a Verbatim export (its verbatim: terms), best
 * effort from other tools (a TextQuoteSelector, tags as labels, comments as the note).
 */
export function fromW3cAnnotation(json: unknown, opts: FromW3cOptions = {}): Result<ParsedW3cAnnotation, W3cParseError> {
  if (!isRecord(json)) return err({ code: "not_an_object", message: "an annotation is a JSON object" });
  if (!stringsOf(json.type).includes("Annotation"))
    return err({ code: "not_an_annotation", message: 'type does not include "Annotation"' });
  const id = stringOf(json.id);
  const baseUrl = opts.baseUrl ?? /^(.*)\/api\/annotations\/[^/]+$/.exec(id ?? "")?.[1] ?? null;
  const bodies = readBodies(json);
  const read = readTarget(json);
  if (read.quote === null && read.codePoints === null) {
    return err({ code: "no_anchor", message: "the target has neither a TextQuoteSelector nor Verbatim's position selectors" });
  }
  const kind = oneOf(ANNOTATION_KINDS, json["verbatim:kind"]) ?? bodies.kind ?? (bodies.links.length > 0 ? "cross-reference" : null);
  const attributes = readAttributes(json["verbatim:attributes"], bodies, kind, baseUrl);
  const anchored = opts.blocks ? anchorReadTarget(read, opts.blocks) : null;
  return ok({
    id,
    via: stringsOf(json.via),
    kind: kind ?? (typeof attributes.stance === "string" ? "position" : typeof attributes.strength === "string" ? "commitment" : null),
    attributes,
    labels: bodies.labels,
    note: bodies.note,
    noteDoc: json["verbatim:noteDoc"] ?? null,
    status: oneOf(REVIEW_STATUSES, json["verbatim:status"]),
    version: integer(json["verbatim:version"]),
    revision: integer(json["verbatim:revision"]),
    createdAt: stringOf(json.created),
    updatedAt: stringOf(json.modified),
    author: readAuthor(json.creator),
    source: read.source,
    statementSlug: read.source && baseUrl ? statementSlugFromIri(read.source, baseUrl) : null,
    paragraphId: read.paragraphId,
    endParagraphId: read.endParagraphId,
    codePoints: read.codePoints,
    quote: anchored?.quote ?? read.quote,
    sourceQuote: read.quote,
    target: anchored?.target ?? null,
    anchoredBy: anchored?.anchoredBy ?? null,
    anchor: readAnchor(json["verbatim:anchor"]),
  });
}
