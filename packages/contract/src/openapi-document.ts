import { z } from "zod";

/** The generated OpenAPI 3.1 document (openapi.ts): its fixed top-level fields; the rest is JSON Schema as generated. */
export const OpenApiDocument = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});
