import type { ExportedAnnotation } from "@verbatim/contract";
import { type CitationStyle, citationOf, referenceOf } from "@verbatim/core";
import type { ApiExportItem } from "./export-row.ts";

/** The JSON export's item: the annotation object with its statement, display numbers, latest review and citation. */
export const presentExportedAnnotation = (item: ApiExportItem, citation: CitationStyle = "full"): ExportedAnnotation => ({
  ...item.annotation,
  codes: item.annotation.codes ?? [],
  statement: item.statement,
  paragraphs: item.paragraphs,
  review: item.review,
  reference: referenceOf(item),
  citation: citationOf(item, citation),
});
