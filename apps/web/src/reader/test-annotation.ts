import type { Annotation } from "@verbatim/contract";
import type { LooseAnnotation } from "@verbatim/core";
import { makeAnnotation } from "../annotations/test-fixtures.ts";

/** An annotation as the API returns it, with only what a test cares about given. */
export const testAnnotation = (fields: Partial<LooseAnnotation<Annotation>> & Pick<Annotation, "id" | "target">): Annotation =>
  makeAnnotation({
    statementId: "00000000-0000-4000-8000-000000000001",
    statementSlug: "test",
    quote: { exact: "", prefix: "", suffix: "" },
    author: { id: "00000000-0000-4000-8000-000000000002", name: "Ana Analyst" },
    createdAt: "2024-01-01T00:00:00.000Z",
    updatedAt: "2024-01-01T00:00:00.000Z",
    ...fields,
  });
