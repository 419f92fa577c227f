import type { AnnotationKind } from "../model/taxonomy.ts";

/**
 * The attributes agreement counts one by one: what a tag claims, as mainAttribute reads it, split into its
 * parts so that a report can say whether annotators differ on a cross-reference's relation or on its target.
 * Keys are `<kind>.<attribute>`.
 */
export const ATTRIBUTE_KEYS = ["position.stance", "commitment.strength", "cross-reference.relation", "cross-reference.target"] as const;
export type AttributeKey = (typeof ATTRIBUTE_KEYS)[number];

const PARTS: Record<AttributeKey, { kind: AnnotationKind; name: string }> = {
  "position.stance": { kind: "position", name: "stance" },
  "commitment.strength": { kind: "commitment", name: "strength" },
  "cross-reference.relation": { kind: "cross-reference", name: "relation" },
  "cross-reference.target": { kind: "cross-reference", name: "target" },
};

export const attributeKind = (key: AttributeKey): AnnotationKind => PARTS[key].kind;

/** The attribute keys of a kind, in ATTRIBUTE_KEYS order. */
export const attributeKeysOf = (kind: AnnotationKind): AttributeKey[] => ATTRIBUTE_KEYS.filter((key) => PARTS[key].kind === kind);

/** The attribute's value as a category: its text, or its JSON for anything else; undefined when it is not set. */
export function attributeValue(key: AttributeKey, attributes: Readonly<Record<string, unknown>>): string | undefined {
  const value = attributes[PARTS[key].name];
  if (value === undefined || value === null) return undefined;
  return typeof value === "string" ? value : JSON.stringify(value);
}
