import { z } from "zod";
import { AppError } from "../../http/app-error.ts";
import type { SearchKey } from "./search-sql.ts";

/** The keys of a page's last row, as an opaque base64url string (JSON inside; nothing to trust in it but its shape). */
const Key = z.tuple([
  z.number().finite(),
  z.string().max(40),
  z.string().max(300),
  z.number().int().min(-2_147_483_648).max(2_147_483_647),
  z.number().int().min(-2_147_483_648).max(2_147_483_647),
  z.uuid(),
]);

export const encodeSearchCursor = (k: SearchKey): string =>
  Buffer.from(JSON.stringify([k.rank, k.date, k.slug, k.position, k.sub, k.id])).toString("base64url");

export function decodeSearchCursor(cursor: string | undefined): SearchKey | null {
  if (!cursor) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString());
  } catch {
    parsed = null;
  }
  const key = Key.safeParse(parsed);
  if (!key.success) throw new AppError("validation_failed", "the cursor is not one this API gave out", { cursor });
  const [rank, date, slug, position, sub, id] = key.data;
  return { rank, date, slug, position, sub, id };
}
