import type { AnnotationKind } from "../model/taxonomy.ts";

/**
 * The attribute that says what a tag claims, for deciding whether two tags match: a position's stance,
 * a commitment's strength, a cross-reference's relation and target. Optional details (topics, actor,
 * action) are left out, since annotators word them freely and they do not change what was tagged.
 */
export function mainAttribute(kind: AnnotationKind, attributes: Readonly<Record<string, unknown>>): string {
  switch (kind) {
    case "position":
      return text(attributes["stance"]);
    case "commitment":
      return text(attributes["strength"]);
    case "cross-reference":
      return `${text(attributes["relation"])}\n${text(attributes["target"])}`;
  }
}

const text = (value: unknown): string => (typeof value === "string" ? value : value === undefined ? "" : JSON.stringify(value));
