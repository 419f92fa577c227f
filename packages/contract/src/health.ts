import { z } from "zod";

/** 200 while the database answers; 503 `unavailable` while it does not (e.g. while the embedded PostgreSQL restarts). */
export const Health = z.discriminatedUnion("status", [
  z.object({ status: z.literal("ok"), database: z.enum(["embedded", "external"]) }),
  z.object({ status: z.literal("unavailable"), database: z.literal("down") }),
]);
export type Health = z.infer<typeof Health>;
