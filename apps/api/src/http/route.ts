import type { Endpoint } from "@verbatim/contract";
import type { Request, RequestHandler, Response, Router } from "express";
import type { z } from "zod";
import type { Actor } from "../auth/actor.ts";
import { authenticate } from "../auth/authenticate.ts";
import { mayCall } from "../auth/may-call.ts";
import { safeEqual } from "../auth/secrets.ts";
import { AppError } from "./app-error.ts";
import type { AppDeps, RequestContext } from "./context.ts";
import { validationError } from "./error-handler.ts";
import { isMultipart, readMultipart, type UploadedFile } from "./multipart.ts";
import { assertStorableText } from "./storable-text.ts";

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;
/** Only a public route runs for anonymous callers; every other one has authenticated a member before its handler. */
type CallerOf<E extends Endpoint> = "public" extends E["access"] ? Actor | null : Actor;
/** A file sent as multipart/form-data, with the form's other fields parsed by the endpoint's `upload` schema. */
export interface Upload<Fields> {
  fields: Fields;
  file: UploadedFile;
}
/** An endpoint that takes a file gets either a JSON body or an upload; the other is undefined or null. */
type BodyOf<E extends Endpoint> = E["upload"] extends z.ZodType ? Parsed<E["body"]> | undefined : Parsed<E["body"]>;
type UploadOf<E extends Endpoint> = E["upload"] extends z.ZodType ? Upload<Parsed<E["upload"]>> | null : null;
type ContextOf<E extends Endpoint> = RequestContext<BodyOf<E>, Parsed<E["query"]>, Parsed<E["params"]>, CallerOf<E>> & {
  upload: UploadOf<E>;
};
/**
 * What a handler answers is sent as JSON, and the client parses it with the response schema: so it must be a valid
 * *input* of that schema (its output may hold what JSON cannot, e.g. a transform's result). Nothing for a 204, or
 * for an endpoint whose handler writes a file or a stream to `res` itself (`produces`).
 */
type AnswerOf<E extends Endpoint> = E["produces"] extends string ? void : E["response"] extends z.ZodType ? z.input<E["response"]> : void;
/** An endpoint with an `accepted` body may answer 202 with it instead (the work went to a job): `return accepted(…)`. */
type AcceptedOf<E extends Endpoint> = E["accepted"] extends z.ZodType ? Accepted<z.input<E["accepted"]>> : never;
type Handler<E extends Endpoint> = (ctx: ContextOf<E>, req: Request, res: Response) => Promise<AnswerOf<E> | AcceptedOf<E>>;

/** A 202 answer: the handler handed the work to a job, and answers with the endpoint's `accepted` body. */
export class Accepted<T> {
  constructor(readonly body: T) {}
}
export const accepted = <T>(body: T): Accepted<T> => new Accepted(body);

/** A route is a chain: authenticate, authorise by role, check CSRF, validate, one handler, send. */
export function mount<E extends Endpoint>(router: Router, deps: AppDeps, endpoint: E, handler: Handler<E>): void {
  const run: RequestHandler = async (req, res) => {
    const actor = endpoint.access === "public" ? await authenticate(deps.db, req) : await requireActor(deps, req, endpoint);
    assertStorableText(req.params);
    if (endpoint.query) assertStorableText(req.query);
    const upload = await readUpload(endpoint, req);
    if (endpoint.body && !upload) assertStorableText(req.body);
    // No body reads as an empty one; a JSON `null` is a body, which an object schema refuses (bad-input.test.ts).
    const body = upload ? undefined : parse(endpoint.body, req.body === undefined ? {} : req.body);
    const query = parse(endpoint.query, req.query);
    // After the body and query, as the handlers' own ID checks came before: a bad body still answers 400.
    const params = parseParams(endpoint.params, req.params);
    const ip = req.ip ?? "unknown";
    const baseUrl = deps.baseUrl ?? `${req.protocol}://${req.get("host") ?? "localhost"}`;
    // The values come from E's own schemas, and the actor is null only on public routes: that is ContextOf<E>,
    // which TypeScript cannot follow through a generic endpoint's optional fields.
    const ctx = { deps, actor, body, query, params, ip, baseUrl, upload } as ContextOf<E>;
    const result = await handler(ctx, req, res);
    if (res.headersSent) return;
    if (result instanceof Accepted) res.status(202).json(result.body);
    else if (result === undefined) res.status(endpoint.status).end();
    else res.status(endpoint.status).json(result);
  };
  router[endpoint.method](endpoint.path, run);
}

/** A multipart body, on an endpoint that takes a file: its fields checked as a JSON body's are, and the file. */
async function readUpload(endpoint: Endpoint, req: Request): Promise<Upload<unknown> | null> {
  if (!isMultipart(req)) return null;
  if (!endpoint.upload) throw new AppError("unsupported_media_type", "send the request body as application/json");
  const form = await readMultipart(req);
  if (!form.file) throw new AppError("validation_failed", 'send the file in the form field "file"');
  assertStorableText(form.fields);
  return { fields: parse(endpoint.upload, form.fields), file: form.file };
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
  if (!mayCall(actor, endpoint)) {
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

/** A path names a resource: one whose ID is malformed does not exist, and answers as an unknown one does. */
function parseParams(schema: z.ZodType | undefined, value: unknown): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (!result.success) throw new AppError("not_found", `${String(result.error.issues[0]?.path[0] ?? "resource")} not found`);
  return result.data;
}
