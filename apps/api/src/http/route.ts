import type { Endpoint } from "@verbatim/contract";
import type { Request, RequestHandler, Response, Router } from "express";
import type { z } from "zod";
import type { Actor } from "../auth/actor.ts";
import { authenticate } from "../auth/authenticate.ts";
import { roleAtLeast } from "../auth/roles.ts";
import { safeEqual } from "../auth/secrets.ts";
import { AppError } from "./app-error.ts";
import type { AppDeps, RequestContext } from "./context.ts";
import { validationError } from "./error-handler.ts";
import { assertStorableText } from "./storable-text.ts";

type Output<S> = S extends z.ZodType ? z.output<S> : undefined;
type Handler<E extends Endpoint> = (
  ctx: RequestContext<Output<E["body"]>, Output<E["query"]>>,
  req: Request,
  res: Response,
) => Promise<unknown>;

/** A route is a chain: authenticate, authorise by role, check CSRF, validate, one handler, send. */
export function mount<E extends Endpoint>(router: Router, deps: AppDeps, endpoint: E, handler: Handler<E>): void {
  const run: RequestHandler = async (req, res) => {
    const actor = endpoint.access === "public" ? await authenticate(deps.db, req) : await requireActor(deps, req, endpoint);
    assertStorableText(req.params);
    if (endpoint.query) assertStorableText(req.query);
    if (endpoint.body) assertStorableText(req.body);
    const ctx = {
      deps,
      actor,
      body: parse(endpoint.body, req.body ?? {}),
      query: parse(endpoint.query, req.query),
      params: req.params as Record<string, string>,
      ip: req.ip ?? "unknown",
      baseUrl: deps.baseUrl ?? `${req.protocol}://${req.get("host") ?? "localhost"}`,
    } as RequestContext<Output<E["body"]>, Output<E["query"]>>;
    const result = await handler(ctx, req, res);
    if (res.headersSent) return;
    if (result === undefined) res.status(endpoint.status).end();
    else res.status(endpoint.status).json(result);
  };
  router[endpoint.method](endpoint.path, run);
}

async function requireActor(deps: AppDeps, req: Request, endpoint: Endpoint): Promise<Actor> {
  const actor = await authenticate(deps.db, req);
  if (!actor) throw new AppError("unauthenticated", "sign in, or send an API token as Authorization: Bearer");
  if (actor.via === "session" && endpoint.method !== "get") {
    const sent = req.get("x-csrf-token") ?? "";
    if (!actor.csrfToken || !safeEqual(sent, actor.csrfToken)) {
      throw new AppError("csrf_failed", "missing or wrong X-CSRF-Token header");
    }
  }
  if (endpoint.access !== "public" && !roleAtLeast(actor.role, endpoint.access)) {
    throw new AppError("forbidden", `this needs the ${endpoint.access} role or higher; you are ${actor.role}`);
  }
  return actor;
}

function parse(schema: z.ZodType | undefined, value: unknown): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error);
  return result.data;
}
