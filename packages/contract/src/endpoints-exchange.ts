import { type Endpoint, read, write } from "./endpoint.ts";
import * as X from "./exports.ts";

/** Exchange: exports in every format, and importing W3C Web Annotations. */
export const exchangeEndpoints = {
  exportAnnotations: {
    method: "get",
    path: "/api/exports",
    summary:
      "Export annotations as JSON, W3C Web Annotation JSON-LD, CSV, Markdown, HTML or a Word brief (streamed), or as a REFI-QDA " +
      "project (.qdpx, zipped; at most 50,000 annotations of 2,000 statements); or the workspace's whole codebook as a REFI-QDA " +
      "codebook (format=qdc: the filters do not apply, and X-Export-Count counts its codes)",
    access: "viewer",
    query: X.ExportQuery,
    response: X.JsonExport,
    status: 200,
    produces: "application/json",
    alsoProduces: [
      'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
      "text/csv",
      "text/markdown",
      "text/html",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/zip",
      "application/xml",
    ],
    responseHeaders: {
      "X-Export-Count": "How many annotations the file holds, sent before the file so that a client can show progress",
      "Content-Disposition": 'attachment; filename="verbatim-<scope>-<yyyy-mm-dd>.<ext>" (a codebook: "<workspace>-codebook.qdc")',
    },
    errors: [...read, "too_complex", "server_busy"],
  },
  previewExport: {
    method: "get",
    path: "/api/exports/preview",
    summary: "How many annotations an export's filters select, and the first excerpts",
    access: "viewer",
    query: X.ExportPreviewQuery,
    response: X.ExportPreview,
    status: 200,
    errors: read,
  },
  importW3c: {
    method: "post",
    path: "/api/imports/w3c",
    summary: "Import W3C Web Annotations (from another Verbatim or a W3C tool), re-anchored by quote when offsets do not fit",
    access: "analyst",
    query: X.W3cImportQuery,
    body: X.W3cImportBody,
    response: X.W3cImportReport,
    status: 200,
    errors: [...write, "invalid_content", "revision_changed"],
  },
} as const satisfies Record<string, Endpoint>;
