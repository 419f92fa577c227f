import type { CitingReference } from "@verbatim/contract";
import { paragraphCitation } from "@verbatim/core";
import type { CitingRow } from "./citing-references-sql.ts";

/** A citing cross-reference as the API sends it, with the citing paragraph's readable citation (core's rule). */
export function presentCiting(r: CitingRow): CitingReference {
  const paragraph = { id: r.paragraph_id, number: r.number };
  const statement = {
    id: r.statement_id,
    slug: r.slug,
    title: r.title,
    delegation: r.delegation,
    onBehalfOf: r.on_behalf_of,
    forum: r.forum,
    date: r.date,
  };
  return {
    annotationId: r.annotation_id,
    relation: r.relation as CitingReference["relation"],
    status: r.status as CitingReference["status"],
    quote: r.quote,
    statement,
    paragraph,
    citation: paragraphCitation({ ...statement, meetingSymbol: r.meeting_symbol }, paragraph),
    author: { id: r.author_id, name: r.author_name },
  };
}
