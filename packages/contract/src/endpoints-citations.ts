import * as C from "./citations.ts";
import { type Endpoint, read, write } from "./endpoint.ts";
import { JobResponse } from "./jobs.ts";
import { InstrumentParams, StatementParams } from "./path-params.ts";

/** The links between statements (issue 16): who cites an instrument, and who cites a statement's paragraphs. */
export const citationEndpoints = {
  instrumentReferences: {
    method: "get",
    path: "/api/instruments/:key/references",
    params: InstrumentParams,
    summary:
      "Every live cross-reference in the workspace that cites this registry instrument or UN document symbol, across " +
      "statements, by statement date, each with its relation, review status and the citing paragraph's citation. " +
      "not_found: the key is neither a registry instrument nor a UN document symbol",
    access: "viewer",
    response: C.InstrumentReferences,
    status: 200,
    errors: read,
  },
  instrumentMentions: {
    method: "get",
    path: "/api/instruments/:key/mentions",
    params: InstrumentParams,
    summary:
      "The words in statements' current texts that the detector reads as citing this instrument or UN symbol but that " +
      "no annotation tags yet (nor the caller dismissed), by statement date, with how many statements the detector has " +
      "read so far. not_found: the key is neither a registry instrument nor a UN document symbol",
    access: "viewer",
    response: C.InstrumentMentions,
    status: 200,
    errors: read,
  },
  findSuggestions: {
    method: "post",
    path: "/api/suggestions/find",
    summary:
      "Run the detector over every live statement of the workspace it has not read yet (their current text, with the " +
      "registry as it is), as a job: 202 with it, or with the one already queued or running for the workspace",
    access: "viewer",
    response: JobResponse,
    status: 202,
    errors: write,
  },
  citedBy: {
    method: "get",
    path: "/api/statements/:idOrSlug/cited-by",
    params: StatementParams,
    summary: "The cross-references in other statements that cite this statement's paragraphs (slug#pN), paragraph by paragraph",
    access: "viewer",
    response: C.CitedBy,
    status: 200,
    errors: read,
  },
  citeParagraphs: {
    method: "get",
    path: "/api/citations",
    summary:
      "Readable citations of canonical paragraph references (refs=slug#p4,other#p2): who, forum, meeting, date and ¶, as " +
      "the reader and exports write them; null for a reference to no live statement of the workspace",
    access: "viewer",
    query: C.ParagraphRefsQuery,
    response: C.ParagraphCitations,
    status: 200,
    errors: read,
  },
} as const satisfies Record<string, Endpoint>;
