import { z } from "zod";

export const Uuid = z.uuid();
export const IsoDateTime = z.iso.datetime({ offset: true });
export const IsoDate = z.iso.date();
export const BlockId = z.string().regex(/^[ph][1-9]\d*$/, "a canonical block ID such as p7 or h2");
export const Limit = z.coerce.number().int().min(1).max(500).default(50);
export const Cursor = z.string().max(200).optional();
/** Comma-separated values in a query string, as in `status=accepted,disputed`. */
export const csvOf = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((s) =>
      s
        .split(",")
        .map((v) => v.trim())
        .filter((v) => v.length > 0),
    )
    .pipe(z.array(item).min(1));

export const Page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });
