import type { StatementSummary } from "./use-statements.ts";

/** Test data only: a statement as the library lists it, with what a test cares about given. */
export function testStatementSummary(
  fields: Partial<StatementSummary> & Pick<StatementSummary, "id" | "slug" | "title">,
): StatementSummary {
  return {
    speaker: null,
    delegation: null,
    onBehalfOf: null,
    forum: null,
    meetingSymbol: null,
    date: null,
    language: null,
    sourceUrl: null,
    revision: 1,
    version: 1,
    annotationCounts: { position: 0, commitment: 0, "cross-reference": 0 },
    createdAt: "2026-11-23T10:00:00.000Z",
    updatedAt: "2026-11-23T10:00:00.000Z",
    can: { annotate: true, edit: true, revise: true, delete: false },
    ...fields,
  };
}
