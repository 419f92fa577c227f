import type { AnnotationCode, CodebookCode, RefiAnnotation } from "./types.ts";

/** The codebook's codes by type and name, for records that name their codes rather than give their IDs. */
export const codesByName = (codes: readonly CodebookCode[]): ReadonlyMap<string, CodebookCode> =>
  new Map(codes.map((c) => [`${c.type}:${c.name}`, c]));

/**
 * An annotation's topics and labels as codes. A record from before the codebook has no `codes`: its position topics
 * and labels are taken by name, as the codebook's code of that type and name where there is one, else with an ID
 * made from the type and name, so the same name is one code throughout the export (written at its group's top
 * level, as any code the codebook does not list is).
 */
export function codesOf(a: RefiAnnotation, byName: ReadonlyMap<string, CodebookCode>): readonly AnnotationCode[] {
  if (a.codes) return a.codes;
  const topics = a.kind === "position" ? (a.attributes.topics ?? []) : [];
  const named = [
    ...topics.map((name) => ({ name, type: "topic" as const })),
    ...(a.labels ?? []).map((name) => ({ name, type: "label" as const })),
  ];
  return named.map(({ name, type }) => {
    const known = byName.get(`${type}:${name}`);
    return known ? { id: known.id, name: known.name, type } : { id: `${type}-name:${name}`, name, type };
  });
}
