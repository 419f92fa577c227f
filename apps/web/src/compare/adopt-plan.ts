import type { AdoptVersionRequest, Annotation, CompareGroup } from "@verbatim/contract";

/** What "Adopt this version" sends: accept the chosen annotation, reject every other one in its group. */
export function adoptPlan(group: CompareGroup, chosen: Annotation): AdoptVersionRequest {
  return {
    annotationId: chosen.id,
    version: chosen.version,
    reject: group.annotations.filter((a) => a.id !== chosen.id).map((a) => ({ id: a.id, version: a.version })),
  };
}

/**
 * A group offers adoption when it holds more than one version of what was tagged and the API lets the caller
 * review every one of them (adopting accepts one and rejects the others).
 */
export const offersAdoption = (group: CompareGroup): boolean =>
  group.annotations.length > 1 && group.annotations.every((a) => a.can.review);

/** The version already adopted: accepted, with every other version of the group rejected; null while undecided. */
export function adoptedId(group: CompareGroup): string | null {
  const accepted = group.annotations.filter((a) => a.status === "accepted");
  const [only] = accepted;
  if (accepted.length !== 1 || !only) return null;
  return group.annotations.every((a) => a.id === only.id || a.status === "rejected") ? only.id : null;
}
