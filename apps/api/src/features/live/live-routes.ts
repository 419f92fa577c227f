import { EVENT_ID, endpoints } from "@verbatim/contract";
import { type Request, Router } from "express";
import { authenticate } from "../../auth/authenticate.ts";
import { AppError } from "../../http/app-error.ts";
import type { AppDeps } from "../../http/context.ts";
import { mount } from "../../http/route.ts";
import { findStatement } from "../statements/find-statement.ts";
import { listReaders } from "./presence-sql.ts";

/** Last-Event-ID as the browser resends it on its own reconnects, else ?lastEventId= for a client that reopens. */
function lastEventIdOf(req: Request, query: { lastEventId?: string | undefined }): string | null {
  const header = req.get("last-event-id")?.trim();
  if (header === undefined || header === "") return query.lastEventId ?? null;
  if (!EVENT_ID.test(header)) {
    throw new AppError("validation_failed", "Last-Event-ID must be an event ID", {
      issues: [{ path: "Last-Event-ID", code: "invalid_format", message: "an event ID: digits" }],
    });
  }
  return header;
}

export function liveRoutes(deps: AppDeps): Router {
  const r = Router();
  const { db, live } = deps;

  mount(r, deps, endpoints.statementEvents, async ({ actor, params, query }, req, res) => {
    const statement = await findStatement(db, actor.workspaceId, params.idOrSlug);
    await live.open({
      statement,
      viewer: actor,
      lastEventId: lastEventIdOf(req, query),
      res,
      currentViewer: async () => {
        const now = await authenticate(db, req);
        return now?.workspaceId === statement.workspaceId ? now : null;
      },
    });
  });

  mount(r, deps, endpoints.statementPresence, async ({ actor, params }) => {
    const statement = await findStatement(db, actor.workspaceId, params.idOrSlug);
    return { readers: await listReaders(db, statement.id) };
  });
  return r;
}
