import type { ErrorRequestHandler } from "express";
import { ZodError } from "zod";
import { isStatementTimeout } from "../db/corpus-db.ts";
import { isDatabaseUnavailable } from "../db/database-unavailable.ts";
import { isRevisionChanged } from "../db/revision-changed.ts";
import { AppError } from "./app-error.ts";
import { RefusedBody } from "./json-body-guard.ts";

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
}

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof RefusedBody) return err.appError;
  if (err instanceof ZodError) return validationError(err);
  const bp = err as BodyParserError;
  if (bp?.type === "entity.parse.failed") return new AppError("invalid_json", "the request body is not valid JSON");
  if (bp?.type === "entity.too.large") return new AppError("payload_too_large", "the request body is too large", { limit: bp.limit });
  if (bp?.type === "encoding.unsupported" || bp?.type === "charset.unsupported") {
    return new AppError("unsupported_media_type", "the request body's encoding is not supported");
  }
  if (bp?.status === 400) return new AppError("validation_failed", "the request could not be read");
  // Not a bug: the database is down or restarting (the embedded one is restarted by db/postmaster-supervisor.ts).
  if (isDatabaseUnavailable(err))
    return new AppError("database_unavailable", "the database is not available at the moment; try again shortly");
  // Not a bug: a corpus read (db/corpus-db.ts) ran past its time.
  if (isStatementTimeout(err)) {
    return new AppError("too_complex", "this took too long to count over the corpus; narrow it with more words or filters", {
      limit: "time",
    });
  }
  // Not a bug: the annotation was placed on a text that a new revision replaced meanwhile.
  if (isRevisionChanged(err)) {
    return new AppError("revision_changed", "the statement has a new revision since this was prepared; read it again and retry");
  }
  return new AppError("internal", "something went wrong on our side");
}

export function validationError(err: ZodError): AppError {
  const issues = err.issues.map((i) => ({ path: i.path.join("."), code: i.code, message: i.message }));
  return new AppError("validation_failed", "the request does not match the schema", { issues });
}

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const appError = toAppError(err);
  if (appError.code === "internal") req.log?.error({ err }, "unhandled error");
  if ((appError.code === "rate_limited" || appError.code === "server_busy") && typeof appError.details === "object" && appError.details) {
    const retry = (appError.details as { retryAfterSeconds?: number }).retryAfterSeconds;
    if (retry) res.setHeader("Retry-After", String(retry));
  }
  res.status(appError.status).json({ error: { code: appError.code, message: appError.message, details: appError.details } });
};
