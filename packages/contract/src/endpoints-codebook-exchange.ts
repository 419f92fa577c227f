import * as C from "./codebook-exchange.ts";
import { type Endpoint, write } from "./endpoint.ts";

/** REFI-QDA codebook exchange: a `.qdc` read into the workspace's codebook (its export is GET /api/exports?format=qdc). */
export const codebookExchangeEndpoints = {
  importQdc: {
    method: "post",
    path: "/api/imports/qdc",
    summary:
      "Import a REFI-QDA codebook (.qdc from ATLAS.ti, MAXQDA, NVivo, QualCoder or Verbatim) as multipart/form-data: the codes " +
      "the codebook lacks are created in the file's hierarchy, those it has by name are matched, with an undo token",
    access: "reviewer",
    upload: C.QdcImportUpload,
    response: C.QdcImportResult,
    status: 200,
    errors: [...write, "unsupported_file", "invalid_file", "conflict", "too_complex", "server_busy"],
  },
} as const satisfies Record<string, Endpoint>;
