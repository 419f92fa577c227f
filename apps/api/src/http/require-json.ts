import type { RequestHandler } from "express";
import { AppError } from "./app-error.ts";

/** JSON-LD is JSON: W3C Web Annotation tools send their annotations as application/ld+json. */
export const JSON_MEDIA_TYPES = ["application/json", "application/ld+json"];

/**
 * A write that carries a body must carry JSON, or a multipart form that the routes taking a file read themselves
 * (route.ts refuses it on the others); anything else is refused before it is parsed.
 */
export const requireJsonBody: RequestHandler = (req, _res, next) => {
  const hasBody = req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0;
  if (hasBody && !req.is([...JSON_MEDIA_TYPES, "multipart/form-data"])) {
    next(new AppError("unsupported_media_type", "send the request body as application/json"));
    return;
  }
  next();
};
