import { IdempotencyKey } from "@verbatim/contract";
import type { Request } from "express";
import { AppError } from "./app-error.ts";

/** The request's Idempotency-Key header, checked; undefined when it has none. */
export function idempotencyKeyOf(req: Request): string | undefined {
  const key = req.get("idempotency-key");
  if (key === undefined) return undefined;
  if (!IdempotencyKey.safeParse(key).success) {
    throw new AppError("validation_failed", "Idempotency-Key must be 1 to 200 characters", {
      issues: [{ path: "Idempotency-Key", code: "invalid_value", message: "1 to 200 characters" }],
    });
  }
  return key;
}
