import { AppError } from "./app-error.ts";

/** Opaque to clients; an offset is enough for lists sorted by fields that are not unique. */
export const encodeOffsetCursor = (offset: number): string => Buffer.from(`o:${offset}`).toString("base64url");

export function decodeOffsetCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!match) throw new AppError("validation_failed", "the cursor is not one this API gave out", { cursor });
  return Number(match[1]);
}
