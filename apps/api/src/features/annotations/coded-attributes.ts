import { type AnnotationKind, type CodeRef, namesOfCodes, type TaggedAttributes, taggedAttributes } from "@verbatim/core";

/**
 * An annotation's kind, attributes, labels and codes from its stored attributes and its codes: the one place that
 * puts the codebook's current names into `labels` and a position's `attributes.topics` (stored attributes hold no
 * topics, so a renamed code shows its new name everywhere at once).
 */
export function codedAttributes(
  kind: AnnotationKind,
  stored: unknown,
  codes: readonly CodeRef[],
): TaggedAttributes & { labels: string[]; codes: CodeRef[] } {
  const { labels, topics } = namesOfCodes(codes);
  const attributes = kind === "position" && topics.length > 0 ? { ...(stored as object), topics } : stored;
  return { ...taggedAttributes(kind, attributes), labels, codes: [...codes] };
}

/** Stored attributes: a position's topics live in annotation_codes, not in the JSON. */
export function storedAttributes(attributes: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { topics: _topics, ...rest } = attributes;
  return rest;
}
