import { type AnnotationKind, type CodeRef, type TaggedAttributes, taggedAttributes, withCodeNames } from "@verbatim/core";

/**
 * An annotation's kind, attributes, labels and codes from its stored attributes and its codes (core's withCodeNames
 * puts the codebook's current names into `labels` and a position's `attributes.topics`; stored attributes hold no
 * topics, so a renamed code shows its new name everywhere at once).
 */
export function codedAttributes(
  kind: AnnotationKind,
  stored: unknown,
  codes: readonly CodeRef[],
): TaggedAttributes & { labels: string[]; codes: CodeRef[] } {
  const { attributes, labels } = withCodeNames(kind, (stored ?? {}) as object, codes);
  return { ...taggedAttributes(kind, attributes), labels, codes: [...codes] };
}

/** Stored attributes: a position's topics live in annotation_codes, not in the JSON. */
export function storedAttributes(attributes: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { topics: _topics, ...rest } = attributes;
  return rest;
}
