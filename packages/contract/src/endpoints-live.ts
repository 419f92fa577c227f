import { type Endpoint, read } from "./endpoint.ts";
import { StatementParams } from "./path-params.ts";
import * as L from "./live.ts";

/** Live: a statement's event stream and who is reading it. */
export const liveEndpoints = {
  statementEvents: {
    method: "get",
    path: "/api/statements/:idOrSlug/events",
    params: StatementParams,
    summary:
      "Server-Sent Events of changes to the statement's annotations (annotation.created, .updated, .deleted, .restored, " +
      ".reviewed), to the comments on them (comment.created, .updated, .deleted, .restored) and of who is reading it " +
      "(presence); resumes after Last-Event-ID",
    access: "viewer",
    query: L.StatementEventsQuery,
    status: 200,
    produces: "text/event-stream",
    requestHeaders: {
      "Last-Event-ID": "The ID of the last event received: the stream replays every later event first (or ?lastEventId=)",
    },
    errors: read,
  },
  statementPresence: {
    method: "get",
    path: "/api/statements/:idOrSlug/presence",
    params: StatementParams,
    summary: "Who has the statement open now",
    access: "viewer",
    response: L.Readers,
    status: 200,
    errors: read,
  },
} as const satisfies Record<string, Endpoint>;
