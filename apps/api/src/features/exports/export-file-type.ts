import type { ExportFormat } from "@verbatim/contract";

export const EXPORT_FILE_TYPES: Record<ExportFormat, { contentType: string; extension: string }> = {
  json: { contentType: "application/json; charset=utf-8", extension: "json" },
  w3c: { contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8', extension: "jsonld" },
  csv: { contentType: "text/csv; charset=utf-8", extension: "csv" },
  md: { contentType: "text/markdown; charset=utf-8", extension: "md" },
  html: { contentType: "text/html; charset=utf-8", extension: "html" },
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  qdpx: { contentType: "application/zip", extension: "qdpx" },
  qdc: { contentType: "application/xml; charset=utf-8", extension: "qdc" },
};

/** `verbatim-<scope>-<yyyy-mm-dd>.<ext>`: the statement's slug when one is named, else how many, else the workspace. */
export function exportFileName(format: ExportFormat, slugs: readonly string[], now: Date): string {
  const scope =
    slugs.length === 1 ? slugs[0]!.replace(/[^A-Za-z0-9._-]+/g, "-") : slugs.length > 1 ? `${slugs.length}-statements` : "workspace";
  return `verbatim-${scope}-${now.toISOString().slice(0, 10)}.${EXPORT_FILE_TYPES[format].extension}`;
}
