import { z } from "zod";
import { AnnotationKind, Label, ReviewStatus } from "./annotations.ts";
import { csvOf, Uuid } from "./common.ts";

export const ExportFormat = z.enum(["json", "w3c"]);
export const ExportQuery = z.strictObject({
  format: ExportFormat.default("json"),
  statement: csvOf(z.string().min(1).max(200)).optional(),
  status: csvOf(ReviewStatus).optional(),
  kind: csvOf(AnnotationKind).optional(),
  author: Uuid.optional(),
  label: Label.optional(),
});
export type ExportQuery = z.infer<typeof ExportQuery>;
