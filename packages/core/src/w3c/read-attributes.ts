import type { AnnotationKind } from "../model/taxonomy.ts";
import { isRecord } from "./json.ts";
import { crossReferenceFromIri } from "./link-target.ts";
import type { ReadBodies } from "./read-bodies.ts";

/** Attributes whose readable body lists several values. */
const LIST_ATTRIBUTES = new Set(["topics"]);

/**
 * The kind's attributes: Verbatim's `verbatim:attributes` as written; otherwise rebuilt from the
 * readable "key: value" bodies, and for a cross-reference from its linking body (relation "cites"
 * unless a body says otherwise).
 */
export function readAttributes(
  exported: unknown,
  bodies: ReadBodies,
  kind: AnnotationKind | null,
  baseUrl: string | null,
): Record<string, unknown> {
  if (isRecord(exported)) return { ...exported };
  const attributes: Record<string, unknown> = {};
  for (const [key, value] of bodies.attributeTexts) {
    attributes[key] = LIST_ATTRIBUTES.has(key) ? value.split(", ") : value;
  }
  const link = bodies.links[0];
  if (kind === "cross-reference" && link !== undefined) {
    attributes.target ??= crossReferenceFromIri(link, baseUrl);
    attributes.relation ??= "cites";
  }
  return attributes;
}
