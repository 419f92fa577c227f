import type { Annotation } from "@verbatim/contract";

/** An annotation as the API returns it, with only what a test cares about given. */
export function testAnnotation(fields: Partial<Annotation> & Pick<Annotation, "id" | "target">): Annotation {
  return {
    statementId: "00000000-0000-4000-8000-000000000001",
    statementSlug: "test",
    revision: 1,
    kind: "position",
    quote: { exact: "", prefix: "", suffix: "" },
    attributes: { stance: "supports" },
    labels: [],
    note: null,
    noteDoc: null,
    status: "proposed",
    review: null,
    version: 1,
    author: { id: "00000000-0000-4000-8000-000000000002", name: "Ana Analyst" },
    createdAt: "2024-01-01T00:00:00.000Z",
    updatedAt: "2024-01-01T00:00:00.000Z",
    ...fields,
  };
}
