import type { CitingReference } from "@verbatim/contract";
import { paragraphCitation } from "@verbatim/core";
import type { CitingRow, CitingStatementColumns } from "./citing-references-sql.ts";

/**
 * A citing paragraph's statement and place as the API sends them, with the paragraph's readable citation (core's
 * rule): the part a tagged reference and an untagged mention share.
 */
export function presentCitingPlace(r: CitingStatementColumns, paragraphId: string) {
  const paragraph = { id: paragraphId, number: r.number };
  const statement = {
    id: r.statement_id,
    slug: r.slug,
    title: r.title,
    delegation: r.delegation,
    onBehalfOf: r.on_behalf_of,
    forum: r.forum,
    date: r.date,
  };
  return { statement, paragraph, citation: paragraphCitation({ ...statement, meetingSymbol: r.meeting_symbol }, paragraph) };
}

/** A citing cross-reference as the API sends it. */
export function presentCiting(r: CitingRow): CitingReference {
  return {
    annotationId: r.annotation_id,
    relation: r.relation as CitingReference["relation"],
    status: r.status as CitingReference["status"],
    quote: r.quote,
    ...presentCitingPlace(r, r.paragraph_id),
    author: { id: r.author_id, name: r.author_name },
  };
}
