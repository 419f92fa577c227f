import { Uuid } from "@verbatim/contract";
import { AppError } from "./app-error.ts";

/** A keyset cursor over (created_at, id); the review queue pages the same way. */
export const encodeCursor = (createdAt: Date, id: string) => Buffer.from(`${createdAt.toISOString()}|${id}`).toString("base64url");

export function decodeCursor(cursor: string | undefined): { createdAt: Date; id: string } | null {
  if (!cursor) return null;
  const [iso = "", id] = Buffer.from(cursor, "base64url").toString().split("|");
  const createdAt = new Date(iso);
  // Only what encodeCursor writes: a forged far-off date would fail in the database, not here.
  const wellFormed =
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(iso) && !Number.isNaN(createdAt.getTime()) && createdAt.toISOString() === iso;
  if (!id || !wellFormed || !Uuid.safeParse(id).success) {
    throw new AppError("validation_failed", "the cursor is not one this API gave out", { cursor });
  }
  return { createdAt, id };
}
